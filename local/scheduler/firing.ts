import { mapLimited } from './pool';
import { retryPolicyOf, type StoredSchedule } from './schedule';
import type { ScheduleBook } from './schedule-book';
import { Sleeps } from './sleeps';
import { MAX_TIMER_DELAY_MS, type PeerTimers } from './timers';

/** What one firing of a schedule did. */
export interface SchedulerFiring {
  readonly name: string;
  readonly groupName: string;
  /** The instant the schedule was due, epoch milliseconds. */
  readonly at: number;
  readonly targetArn: string;
  readonly input: string;
  readonly ok: boolean;
  readonly result?: unknown;
  readonly error?: string;
  /** True when every attempt failed and the schedule went to the dead-letter folder. */
  readonly deadLettered?: boolean;
}

/** What firing needs: the schedules, the target, the clock and timers, and where firings are told. */
export interface FiringDeps {
  readonly book: ScheduleBook;
  invoke(targetArn: string, input: string): Promise<unknown>;
  now(): number;
  readonly timers: PeerTimers;
  retryDelayMs(retry: number): number;
  report?(firing: SchedulerFiring): void;
}

/** Invocations under way at once: a burst of due reminders does not flood the handlers. */
const CONCURRENCY = 8;

/**
 * Fires schedules as Scheduler does: once each at its instant, retried per its RetryPolicy,
 * then deleted or dead-lettered. One timer waits for the earliest pending schedule; `fireDue`
 * fires on demand. Both take schedules from the book, which never hands one out twice.
 */
export class Firing {
  private timer: { handle: unknown; at: number } | undefined;
  private stopped = false;
  private readonly running = new Set<Promise<unknown>>();
  private readonly sleeps: Sleeps;

  constructor(private readonly deps: FiringDeps) {
    this.sleeps = new Sleeps(deps.timers);
  }

  /** Fires every pending schedule due at or before `at` and answers what each firing did. */
  fireDue(at: number): Promise<SchedulerFiring[]> {
    if (this.stopped) return Promise.resolve([]);
    const due = this.deps.book.takeDue(at);
    const firings = mapLimited(due, CONCURRENCY, (schedule) => this.fireOne(schedule)).finally(() => {
      this.running.delete(firings);
      this.arm();
    });
    this.running.add(firings);
    return firings;
  }

  /** Sets the one timer for the earliest pending schedule (call after anything that may change it). */
  arm(): void {
    if (this.stopped) return;
    const next = this.deps.book.earliest();
    if (this.timer && this.timer.at === next) return;
    if (this.timer) this.deps.timers.clearTimeout(this.timer.handle);
    this.timer = undefined;
    if (next === undefined) return;
    const delay = Math.min(Math.max(next - this.deps.now(), 0), MAX_TIMER_DELAY_MS);
    const handle = this.deps.timers.setTimeout(() => {
      this.timer = undefined;
      void this.fireDue(this.deps.now());
    }, delay);
    this.timer = { handle, at: next };
  }

  /** Clears the timer, cuts retry back-offs short and waits for the invocations under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) this.deps.timers.clearTimeout(this.timer.handle);
    this.timer = undefined;
    this.sleeps.wakeAll();
    await Promise.all(this.running);
  }

  private async fireOne(schedule: StoredSchedule): Promise<SchedulerFiring> {
    const { Name, GroupName, Target } = schedule.definition;
    // Scheduler passes a Lambda target its Input, or an empty JSON object when there is none.
    const base = {
      name: Name,
      groupName: GroupName,
      at: schedule.at,
      targetArn: Target.Arn,
      input: Target.Input ?? '{}',
    };
    const policy = retryPolicyOf(schedule);
    const firstAttempt = this.deps.now();
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(base.targetArn, base.input);
      if (outcome.ok)
        return this.settle(schedule, { ...base, ...outcome }, () => this.deps.book.complete(schedule));
      const aged = this.deps.now() - firstAttempt >= policy.MaximumEventAgeInSeconds * 1000;
      if (attempt > policy.MaximumRetryAttempts || aged) {
        const letter = { error: outcome.error, attempts: attempt, deadLetteredAt: this.deps.now() };
        const firing = { ...base, ok: false, error: outcome.error, deadLettered: true };
        return this.settle(schedule, firing, () => this.deps.book.deadLetter(schedule, letter));
      }
      if (!(await this.sleeps.sleep(this.deps.retryDelayMs(attempt)))) {
        this.deps.book.release(schedule);
        return { ...base, ok: false, error: `${outcome.error} (stopped before retrying: still pending)` };
      }
    }
  }

  private async attempt(
    targetArn: string,
    input: string,
  ): Promise<{ ok: true; result: unknown } | { ok: false; error: string }> {
    try {
      return { ok: true, result: await this.deps.invoke(targetArn, input) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  }

  /** Records the outcome on disk, then tells it; a disk failure leaves the schedule in place for the next start. */
  private async settle(
    schedule: StoredSchedule,
    firing: SchedulerFiring,
    record: () => Promise<void>,
  ): Promise<SchedulerFiring> {
    let told = firing;
    try {
      await record();
    } catch (error) {
      this.deps.book.release(schedule);
      told = { ...firing, error: `${firing.error ?? 'fired'}; not recorded, kept pending: ${String(error)}` };
    }
    try {
      this.deps.report?.(told);
    } catch {
      // The firing is settled on disk already: a reporter that throws loses a log line, never a schedule.
    }
    return told;
  }
}
