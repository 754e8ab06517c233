import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Instant } from '../../lib/domain/vocabulary';
import type { ReminderSchedule } from '../../lib/ports/reminder-scheduler';
import type { DueSchedules } from '../../local/reminder-firing';

/** A test double of the local scheduler: a folder of `<name>.json` schedules, as it keeps them. */
export class FolderSchedules implements DueSchedules {
  constructor(private readonly dir: string) {}

  /** Writes one schedule, creating the folder if needed. */
  async add(schedule: ReminderSchedule): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, `${schedule.name}.json`), JSON.stringify(schedule));
  }

  /** Schedules due by `at`. */
  async listDue(at: Instant): Promise<ReminderSchedule[]> {
    const names = (await readdir(this.dir)).filter((name) => name.endsWith('.json'));
    const all = await Promise.all(
      names.map(async (name) => JSON.parse(await readFile(join(this.dir, name), 'utf8')) as ReminderSchedule),
    );
    return all.filter((schedule) => schedule.at <= at);
  }

  /** Removes one schedule; a missing one counts as done. */
  async delete(name: string): Promise<void> {
    await rm(join(this.dir, `${name}.json`), { force: true });
  }
}
