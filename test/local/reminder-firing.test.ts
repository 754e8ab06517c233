import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Instant } from '../../lib/domain/vocabulary';
import type { ReminderPayload, ReminderSchedule } from '../../lib/ports/reminder-scheduler';
import { ReminderFiring, type ReminderHandler } from '../../local/reminder-firing';
import { FolderSchedules } from './folder-schedules';

const schedule = (ticket: string, kind: ReminderPayload['kind'], at: Instant): ReminderSchedule => ({
  name: `${ticket}-${kind}`,
  at,
  timeZone: 'Europe/Rome',
  payload: { ticket, kind },
});

describe('ReminderFiring', () => {
  let dir: string;
  let schedules: FolderSchedules;
  let sent: ReminderPayload[];
  const recording: ReminderHandler = async (payload) => {
    sent.push(payload);
    return `sent ${payload.kind}`;
  };
  const firing = (handler: ReminderHandler = recording) =>
    new ReminderFiring({
      schedules,
      scheduleDir: join(dir, 'schedules'),
      claimDir: join(dir, 'claims'),
      handler,
    });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-firing-'));
    await mkdir(join(dir, 'schedules'));
    schedules = new FolderSchedules(join(dir, 'schedules'));
    sent = [];
    await schedules.add(schedule('2026-000002', 'take-charge-due', 3_000));
    await schedules.add(schedule('2026-000001', 'take-charge-warning', 2_000));
    await schedules.add(schedule('2026-000001', 'resolution-due', 9_000));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('fires what is due by the instant, oldest first, and leaves the rest', async () => {
    const results = await firing().fireDue(5_000);
    expect(results.map((r) => r.fired && r.result)).toEqual([
      'sent take-charge-warning',
      'sent take-charge-due',
    ]);
    expect((await schedules.listDue(Number.MAX_SAFE_INTEGER)).map((s) => s.name)).toEqual([
      '2026-000001-resolution-due',
    ]);
  });

  it('sends nothing on a second run for the same instant', async () => {
    await firing().fireDue(5_000);
    expect(await firing().fireDue(5_000)).toEqual([]);
    expect(sent).toHaveLength(2);
  });

  it('fires each schedule once when two processes fire at the same time', async () => {
    await Promise.all([firing().fireDue(10_000), firing().fireDue(10_000), firing().fireDue(10_000)]);
    expect(sent.map((p) => `${p.ticket} ${p.kind}`).sort()).toEqual([
      '2026-000001 resolution-due',
      '2026-000001 take-charge-warning',
      '2026-000002 take-charge-due',
    ]);
  });

  it('keeps a schedule whose handler failed, to fire it on the next run', async () => {
    const failing: ReminderHandler = () => Promise.reject(new Error('SES unreachable'));
    const results = await firing(failing).fireDue(2_500);
    expect(results).toEqual([expect.objectContaining({ fired: false, reason: 'Error: SES unreachable' })]);
    expect((await firing().fireDue(2_500)).map((r) => r.schedule.name)).toEqual([
      '2026-000001-take-charge-warning',
    ]);
  });
});
