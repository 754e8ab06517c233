// The file scheduler the local desk used before its Scheduler peer, kept only as the
// scheduler bench's baseline: every pass reads every pending file.
import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { REMINDER_KINDS } from '../../lib/domain/vocabulary';
import type { ReminderSchedule, ReminderScheduler } from '../../lib/ports/reminder-scheduler';
import { ScheduleError } from '../../lib/tickets/errors';
import * as z from '../../lib/zod-mini';

const SCHEDULE_NAME = /^[0-9a-zA-Z\-_.]{1,64}$/;

const scheduleSchema = z.object({
  name: z.string().check(z.regex(SCHEDULE_NAME)),
  at: z.number().check(z.int()),
  timeZone: z.string(),
  payload: z.object({ ticket: z.string(), kind: z.enum(REMINDER_KINDS) }),
});

/**
 * The local desk's EventBridge Scheduler: one JSON file per pending schedule, `<dir>/<name>.json`.
 * A file is written under a temporary name and linked into place, so it appears whole or not at
 * all, and `link` refuses an existing name: the create is exclusive across processes, and a second
 * create of the same name is "already done", as Scheduler's ConflictException is.
 */
export class LocalReminderScheduler implements ReminderScheduler {
  constructor(private readonly dir: string) {}

  /** Writes the schedule's file unless one of that name exists. */
  async create(schedule: ReminderSchedule): Promise<void> {
    checkName(schedule.name);
    await mkdir(this.dir, { recursive: true });
    const temporary = join(this.dir, `.${schedule.name}.${randomUUID()}.tmp`);
    const file = await open(temporary, 'wx');
    try {
      await file.writeFile(`${JSON.stringify(schedule)}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await linkExclusive(temporary, this.path(schedule.name));
    } finally {
      await rm(temporary, { force: true });
    }
  }

  /** Removes the schedule's file; a missing one is fine. */
  async delete(name: string): Promise<void> {
    checkName(name);
    await rm(this.path(name), { force: true });
  }

  /** Pending schedules due at or before `at`, earliest first (the local firing loop reads these). */
  async listDue(at: number): Promise<ReminderSchedule[]> {
    const names = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const schedules = await Promise.all(
      names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).map((name) => this.load(name)),
    );
    return schedules
      .filter((schedule): schedule is ReminderSchedule => schedule !== null && schedule.at <= at)
      .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name));
  }

  private async load(file: string): Promise<ReminderSchedule | null> {
    const text = await readFile(join(this.dir, file), 'utf8').catch(() => null);
    if (text === null) return null; // deleted meanwhile by a concurrent delete
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ScheduleError(file, 'read', new Error(`${join(this.dir, file)} is not JSON`), false);
    }
    const result = scheduleSchema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
      throw new ScheduleError(file, 'read', new Error(`${join(this.dir, file)} ${where}`), false);
    }
    return result.data;
  }

  private path(name: string): string {
    return join(this.dir, `${name}.json`);
  }
}

function checkName(name: string): void {
  if (!SCHEDULE_NAME.test(name)) {
    throw new ScheduleError(
      name,
      'create',
      new Error('name must be 1-64 characters of [0-9a-zA-Z-_.]'),
      false,
    );
  }
}

/** Hard-links `from` to `to`; EEXIST means another create won, which counts as done. */
async function linkExclusive(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
