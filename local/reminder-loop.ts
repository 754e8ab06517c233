import type { Instant } from '../lib/domain/vocabulary';
import type { FiringResult, ReminderFiring } from './reminder-firing';

/** A running loop; `stop` resolves once no firing is under way. */
export interface ReminderLoop {
  stop(): Promise<void>;
}

/** What the loop needs: the firing, the clock, how often to look, and where results go. */
export interface ReminderLoopOptions {
  readonly firing: ReminderFiring;
  readonly now: () => Instant;
  readonly intervalMs: number;
  readonly report: (results: readonly FiringResult[]) => void;
  readonly crash: (error: unknown) => void;
}

/**
 * The local scheduler's clock: every `intervalMs` it fires what is due. A tick starts only
 * after the previous one ended, so a slow handler never makes two firings overlap.
 */
export function startReminderLoop(options: ReminderLoopOptions): ReminderLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    current = options.firing
      .fireDue(options.now())
      .then((results) => {
        if (results.length > 0) options.report(results);
      }, options.crash)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
