import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScheduleFileError } from '../../../local/scheduler/errors';
import type { StoredSchedule } from '../../../local/scheduler/schedule';
import { ScheduleFiles } from '../../../local/scheduler/schedule-files';

const schedule = (name: string, group = 'reminders'): StoredSchedule => ({
  definition: {
    Name: name,
    GroupName: group,
    ScheduleExpression: 'at(2026-03-02T10:15:00)',
    ScheduleExpressionTimezone: 'Europe/Rome',
    State: 'ENABLED',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'DELETE',
    Target: { Arn: 'arn:aws:lambda:eu-west-1:000000000000:function:f', RoleArn: 'r', Input: '{}' },
  },
  at: Date.parse('2026-03-02T10:15:00+01:00'),
  creationDate: 1,
  fired: false,
});

describe('ScheduleFiles', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'schedule-files-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads back what it wrote, and nothing it removed', async () => {
    const files = new ScheduleFiles(dir);
    await files.loadAll();
    await files.write(schedule('kept'));
    await files.write(schedule('gone'));
    await files.remove(schedule('gone'));
    expect(await new ScheduleFiles(dir).loadAll()).toEqual([schedule('kept')]);
  });

  it('keeps a group named ".." inside its folder', async () => {
    const files = new ScheduleFiles(dir);
    await files.loadAll();
    await files.write(schedule('odd', '..'));
    expect(await readdir(join(dir, 'schedules'))).toEqual(['..~odd.json']);
    expect(await new ScheduleFiles(dir).loadAll()).toEqual([schedule('odd', '..')]);
  });

  it('drops a temporary file a crash left half written', async () => {
    await mkdir(join(dir, 'schedules'), { recursive: true });
    await writeFile(join(dir, 'schedules', '.reminders~x.json.1234.tmp'), '{"defin');
    expect(await new ScheduleFiles(dir).loadAll()).toEqual([]);
    expect(await readdir(join(dir, 'schedules'))).toEqual([]);
  });

  it.each([
    ['not JSON', '{"definition":', /not JSON/],
    [
      'a schedule whose expression was edited into nonsense',
      JSON.stringify({
        ...schedule('x'),
        definition: { ...schedule('x').definition, ScheduleExpression: 'soon' },
      }),
      /Invalid Schedule Expression/,
    ],
    ['JSON that is no schedule', 'null', /not a schedule/],
  ])('refuses to start on a file that is %s, naming the file in one line', async (_case, text, why) => {
    await mkdir(join(dir, 'schedules'), { recursive: true });
    await writeFile(join(dir, 'schedules', 'reminders~x.json'), text);
    const failure = await new ScheduleFiles(dir).loadAll().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ScheduleFileError);
    expect((failure as Error).message).toContain(join(dir, 'schedules', 'reminders~x.json'));
    expect((failure as Error).message).toMatch(why);
    expect((failure as Error).message).not.toContain('\n');
  });
});
