import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { REMINDER_KINDS } from '../lib/domain/vocabulary';
import type { ReminderScheduler } from '../lib/ports/reminder-scheduler';
import * as z from '../lib/zod-mini';

// What the file scheduler of earlier versions wrote, one `<name>.json` per pending schedule.
const legacySchema = z.object({
  name: z.string(),
  at: z.number(),
  timeZone: z.string(),
  payload: z.object({ ticket: z.string(), kind: z.enum(REMINDER_KINDS) }),
});

/**
 * Moves the pending schedules an earlier version of the local desk kept as files into the
 * Scheduler peer, through the production adapter, so an upgrade loses no reminder. Each file goes
 * once it is created (a create of an existing name is done); an unreadable one stays, named.
 */
export async function moveLegacySchedules(dir: string, scheduler: ReminderScheduler): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let moved = 0;
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
    const parsed = legacySchema.safeParse(
      JSON.parse(await readFile(join(dir, name), 'utf8').catch(() => 'null')),
    );
    if (!parsed.success) continue;
    await scheduler.create(parsed.data);
    await rm(join(dir, name), { force: true });
    moved += 1;
  }
  return moved;
}
