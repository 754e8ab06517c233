import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReminderSchedule } from '../../lib/ports/reminder-scheduler';
import { ScheduleError } from '../../lib/tickets/errors';
import { LocalReminderScheduler } from '../../local/local-reminder-scheduler';

const schedule = (name: string, at: number): ReminderSchedule => ({
  name,
  at,
  timeZone: 'Europe/Rome',
  payload: { ticket: '2026-000042', kind: 'take-charge-due' },
});

describe('LocalReminderScheduler', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'schedules-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('writes one JSON file per schedule, named after it', async () => {
    await new LocalReminderScheduler(dir).create(schedule('2026-000042-take-charge-due', 1000));
    const text = await readFile(join(dir, '2026-000042-take-charge-due.json'), 'utf8');
    expect(JSON.parse(text)).toEqual(schedule('2026-000042-take-charge-due', 1000));
  });

  it('keeps the first of two creates with one name, also when they race', async () => {
    const a = new LocalReminderScheduler(dir);
    const b = new LocalReminderScheduler(dir);
    await Promise.all([
      a.create(schedule('s1', 1000)),
      b.create(schedule('s1', 2000)),
      a.create(schedule('s1', 3000)),
    ]);
    expect((await readdir(dir)).filter((f) => f.endsWith('.json'))).toEqual(['s1.json']);
    expect(await a.listDue(5000)).toHaveLength(1);
  });

  it('lists what is due by an instant, earliest first, and survives a new instance', async () => {
    await new LocalReminderScheduler(dir).create(schedule('late', 3000));
    await new LocalReminderScheduler(dir).create(schedule('early', 1000));
    await new LocalReminderScheduler(dir).create(schedule('future', 9000));
    const due = await new LocalReminderScheduler(dir).listDue(3000);
    expect(due.map((s) => s.name)).toEqual(['early', 'late']);
  });

  it('deletes a schedule, and a missing one is fine', async () => {
    const scheduler = new LocalReminderScheduler(dir);
    await scheduler.create(schedule('s1', 1000));
    await scheduler.delete('s1');
    await scheduler.delete('s1');
    expect(await scheduler.listDue(5000)).toEqual([]);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await new LocalReminderScheduler(join(dir, 'none')).listDue(5000)).toEqual([]);
  });

  it('refuses a name Scheduler would refuse', async () => {
    await expect(new LocalReminderScheduler(dir).create(schedule('a/b', 1))).rejects.toBeInstanceOf(
      ScheduleError,
    );
  });

  it('names the file and field of a damaged schedule file', async () => {
    await writeFile(join(dir, 'bad.json'), '{"name":"bad","at":"soon"}');
    await expect(new LocalReminderScheduler(dir).listDue(5000)).rejects.toThrow(/bad\.json at:/);
  });
});
