import { SchedulerApiError } from './api-error';
import { KeyLocks } from './key-locks';
import { MinHeap } from './min-heap';
import { isPending, type StoredSchedule, scheduleKey } from './schedule';
import { type DeadLetter, ScheduleFiles } from './schedule-files';

const keyOf = (s: StoredSchedule) => scheduleKey(s.definition.GroupName, s.definition.Name);
const earliestFirst = (a: StoredSchedule, b: StoredSchedule) => a.at - b.at || (keyOf(a) < keyOf(b) ? -1 : 1);

/**
 * Every schedule the peer holds, in memory and on disk. The pending ones also sit in a min-heap
 * by instant, so the next firing is found in O(log n) whatever the number pending. A deleted
 * schedule's heap entry is left behind and skipped when it surfaces (the map no longer holds
 * that very object); the heap is rebuilt when such entries outnumber the live ones.
 */
export class ScheduleBook {
  private readonly records = new Map<string, StoredSchedule>();
  private readonly queue = new MinHeap<StoredSchedule>(earliestFirst);
  /** Taken for firing and not yet settled: never handed out twice. */
  private readonly firing = new Set<StoredSchedule>();
  private readonly locks = new KeyLocks();

  private constructor(private readonly files: ScheduleFiles) {}

  /** Loads the schedules kept in `dir`, once. */
  static async open(dir: string): Promise<ScheduleBook> {
    const book = new ScheduleBook(new ScheduleFiles(dir));
    for (const schedule of await book.files.loadAll()) book.records.set(keyOf(schedule), schedule);
    book.queue.rebuild([...book.records.values()].filter(isPending));
    return book;
  }

  /** Adds the schedule unless one of that name exists in its group; a retry with the same client token gets the first one back. */
  create(schedule: StoredSchedule): Promise<StoredSchedule> {
    const key = keyOf(schedule);
    return this.locks.run(key, async () => {
      const existing = this.records.get(key);
      if (existing) {
        if (schedule.clientToken !== undefined && existing.clientToken === schedule.clientToken)
          return existing;
        const { GroupName, Name } = schedule.definition;
        throw new SchedulerApiError(
          'ConflictException',
          `Schedule ${Name} already exists in group ${GroupName}.`,
        );
      }
      await this.files.write(schedule);
      this.records.set(key, schedule);
      if (isPending(schedule)) this.queue.push(schedule);
      return schedule;
    });
  }

  /** The schedule of that name in that group, if any. */
  get(groupName: string, name: string): StoredSchedule | undefined {
    return this.records.get(scheduleKey(groupName, name));
  }

  /** Every schedule, in no particular order. */
  all(): IterableIterator<StoredSchedule> {
    return this.records.values();
  }

  /** Deletes the schedule; false when there was none. */
  delete(groupName: string, name: string): Promise<boolean> {
    const key = scheduleKey(groupName, name);
    return this.locks.run(key, async () => {
      const existing = this.records.get(key);
      if (!existing) return false;
      await this.files.remove(existing);
      this.records.delete(key);
      this.compactIfStale();
      return true;
    });
  }

  /** Hands out, earliest first, every pending schedule due at or before `at` that no one is firing. */
  takeDue(at: number): StoredSchedule[] {
    const due: StoredSchedule[] = [];
    for (let next = this.live(); next !== undefined && next.at <= at; next = this.live()) {
      this.queue.pop();
      this.firing.add(next);
      due.push(next);
    }
    return due;
  }

  /** The instant of the earliest pending schedule not being fired, if any. */
  earliest(): number | undefined {
    return this.live()?.at;
  }

  /** After a firing: the schedule is deleted (DELETE) or kept as fired (NONE), unless it was deleted or replaced meanwhile. */
  complete(schedule: StoredSchedule): Promise<void> {
    return this.settle(schedule, async () => {
      if (schedule.definition.ActionAfterCompletion === 'DELETE') return this.forget(schedule);
      const fired = { ...schedule, fired: true };
      await this.files.write(fired);
      this.records.set(keyOf(schedule), fired);
    });
  }

  /** After its last retry failed: the schedule goes to the dead-letter folder, then leaves. */
  deadLetter(schedule: StoredSchedule, letter: DeadLetter): Promise<void> {
    return this.settle(schedule, async () => {
      await this.files.writeDeadLetter(schedule, letter);
      await this.forget(schedule);
    });
  }

  /** A firing that ended without settling (the peer stopped, or the disk failed): it is no longer being fired. */
  release(schedule: StoredSchedule): void {
    this.firing.delete(schedule);
  }

  /** How many schedules wait for their firing (those being fired included). */
  pendingCount(): number {
    let count = 0;
    for (const schedule of this.records.values()) if (isPending(schedule)) count++;
    return count;
  }

  private settle(schedule: StoredSchedule, operation: () => Promise<void>): Promise<void> {
    const key = keyOf(schedule);
    return this.locks.run(key, async () => {
      try {
        if (this.records.get(key) === schedule) await operation();
      } finally {
        this.firing.delete(schedule);
      }
    });
  }

  private async forget(schedule: StoredSchedule): Promise<void> {
    await this.files.remove(schedule);
    this.records.delete(keyOf(schedule));
    this.compactIfStale();
  }

  /** The heap's top once entries of deleted or replaced schedules are dropped. */
  private live(): StoredSchedule | undefined {
    for (let top = this.queue.peek(); top !== undefined; top = this.queue.peek()) {
      if (this.records.get(keyOf(top)) === top && !this.firing.has(top)) return top;
      this.queue.pop();
    }
    return undefined;
  }

  private compactIfStale(): void {
    if (this.queue.size < 64 || this.queue.size < 2 * this.records.size) return;
    this.queue.retain((s) => this.records.get(keyOf(s)) === s);
  }
}
