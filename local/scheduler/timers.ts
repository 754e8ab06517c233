/** The timer functions the scheduler uses, injectable so that tests drive time themselves. */
export interface PeerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Node's own timers. */
export const NODE_TIMERS: PeerTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** The longest delay Node's setTimeout honours (about 24.8 days); a later schedule re-arms on waking. */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** The local stand-in for Scheduler's back-off between retries: 0.25 s doubling up to 5 s. */
export function localRetryDelayMs(retry: number): number {
  return Math.min(250 * 2 ** (retry - 1), 5_000);
}
