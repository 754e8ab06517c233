import type { PeerTimers } from './timers';

/** Waits between retries that a stop cuts short, so that stopping never waits out a back-off. */
export class Sleeps {
  private readonly sleeping = new Set<{ handle: unknown; wake: (slept: boolean) => void }>();
  private stopped = false;

  constructor(private readonly timers: PeerTimers) {}

  /** Resolves true after `ms`, or false as soon as `wakeAll` runs (at once if it has run already). */
  sleep(ms: number): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    return new Promise((resolve) => {
      const sleep = {
        handle: undefined as unknown,
        wake: (slept: boolean) => {
          this.sleeping.delete(sleep);
          resolve(slept);
        },
      };
      sleep.handle = this.timers.setTimeout(() => sleep.wake(true), ms);
      this.sleeping.add(sleep);
    });
  }

  /** Ends every sleep now and every later one at once; their timers are cleared. */
  wakeAll(): void {
    this.stopped = true;
    for (const sleep of this.sleeping) {
      this.timers.clearTimeout(sleep.handle);
      sleep.wake(false);
    }
  }
}
