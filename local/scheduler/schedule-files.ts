import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SchedulerApiError } from './api-error';
import { parseDefinition } from './definition';
import { ScheduleFileError } from './errors';
import { type StoredSchedule, scheduleKey } from './schedule';

/** Why a schedule went to the dead-letter folder. */
export interface DeadLetter {
  readonly error: string;
  readonly attempts: number;
  readonly deadLetteredAt: number;
}

/**
 * The scheduler's durable state: one JSON file per schedule, `<dir>/schedules/<group>~<name>.json`,
 * written to a temporary file, flushed, then renamed into place, so a file is whole or absent.
 * Schedules that exhausted their retries go to `<dir>/dead-letter/`, one file per failure.
 */
export class ScheduleFiles {
  private readonly pending: string;
  private readonly deadLetters: string;

  constructor(dir: string) {
    this.pending = join(dir, 'schedules');
    this.deadLetters = join(dir, 'dead-letter');
  }

  /** Reads every schedule once, at start; a temporary file left by a crash is an unfinished write, dropped. */
  async loadAll(): Promise<StoredSchedule[]> {
    await mkdir(this.pending, { recursive: true });
    await mkdir(this.deadLetters, { recursive: true });
    const names = await readdir(this.pending);
    await Promise.all(
      names.filter((n) => n.endsWith('.tmp')).map((n) => rm(join(this.pending, n), { force: true })),
    );
    return Promise.all(names.filter((n) => n.endsWith('.json')).map((n) => this.load(join(this.pending, n))));
  }

  /** Writes (or replaces) the schedule's file. */
  write(schedule: StoredSchedule): Promise<void> {
    return writeAtomically(this.pending, this.file(schedule), `${JSON.stringify(schedule)}\n`);
  }

  /** Removes the schedule's file; a missing one is fine. */
  remove(schedule: StoredSchedule): Promise<void> {
    return rm(join(this.pending, this.file(schedule)), { force: true });
  }

  /** Keeps a schedule that could not be delivered, with why, under a name no later failure reuses. */
  writeDeadLetter(schedule: StoredSchedule, letter: DeadLetter): Promise<void> {
    const file = `${scheduleKey(schedule.definition.GroupName, schedule.definition.Name)}.${letter.deadLetteredAt}.${randomUUID()}.json`;
    return writeAtomically(this.deadLetters, file, `${JSON.stringify({ ...letter, schedule }, null, 2)}\n`);
  }

  private file(schedule: StoredSchedule): string {
    return `${scheduleKey(schedule.definition.GroupName, schedule.definition.Name)}.json`;
  }

  private async load(path: string): Promise<StoredSchedule> {
    let stored: StoredSchedule;
    try {
      stored = JSON.parse(await readFile(path, 'utf8')) as StoredSchedule;
    } catch {
      throw new ScheduleFileError(path, 'not JSON');
    }
    if (typeof stored !== 'object' || stored === null) throw new ScheduleFileError(path, 'not a schedule');
    try {
      // The definition is checked again and its instant recomputed: a hand-edited file cannot smuggle in a wrong one.
      const { definition, at } = parseDefinition(stored.definition?.Name, stored.definition);
      if (typeof stored.creationDate !== 'number')
        throw new ScheduleFileError(path, 'creationDate is not a number');
      return {
        definition,
        at,
        creationDate: stored.creationDate,
        fired: stored.fired === true,
        ...token(stored),
      };
    } catch (error) {
      if (error instanceof SchedulerApiError) throw new ScheduleFileError(path, error.message);
      throw error;
    }
  }
}

function token(stored: StoredSchedule): { clientToken?: string } {
  return typeof stored.clientToken === 'string' ? { clientToken: stored.clientToken } : {};
}

async function writeAtomically(dir: string, file: string, text: string): Promise<void> {
  const temporary = join(dir, `.${file}.${randomUUID()}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, join(dir, file));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
