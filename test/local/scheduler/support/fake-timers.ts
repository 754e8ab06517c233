import type { PeerTimers } from '../../../../local/scheduler/timers';

/** A clock and timers that move only when the test says so; it records every delay asked for. */
export class FakeTime implements PeerTimers {
  private readonly waiting = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  readonly delays: number[] = [];

  constructor(private time: number) {}

  readonly now = (): number => this.time;

  readonly setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.delays.push(ms);
    this.waiting.set(id, { at: this.time + ms, callback });
    return id;
  };

  readonly clearTimeout = (handle: unknown): void => {
    this.waiting.delete(handle as number);
  };

  /** Timers not yet run nor cleared. */
  get pendingTimers(): number {
    return this.waiting.size;
  }

  /** True when a timer waits to run at or before `instant`. */
  hasTimerBy(instant: number): boolean {
    return [...this.waiting.values()].some((timer) => timer.at <= instant);
  }

  /** Moves the clock to `instant`, running each timer due by then at its own instant, earliest first. */
  advanceTo(instant: number): void {
    for (;;) {
      const due = [...this.waiting.entries()]
        .filter(([, timer]) => timer.at <= instant)
        .sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      this.waiting.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
    }
    this.time = Math.max(this.time, instant);
  }
}

/** Waits (in real time, up to 5 s) until `condition` holds: firings run on promises and file I/O. */
export async function eventually(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets promises and file I/O already under way finish, in real time. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * Moves `time` to `instant` and lets what the timers started run, again and again while that
 * work sets further timers due by then (a retry's back-off, the next step of a long wait).
 */
export async function runUntil(time: FakeTime, instant: number): Promise<void> {
  for (let round = 0; round < 50; round++) {
    time.advanceTo(instant);
    await settle();
    if (!time.hasTimerBy(instant)) return;
  }
  throw new Error('timers kept falling due');
}
