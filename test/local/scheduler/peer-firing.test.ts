import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CreateScheduleCommand,
  GetScheduleCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-scheduler';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBridgeReminderScheduler } from '../../../lib/aws/eventbridge-reminder-scheduler';
import type { ReminderSchedule } from '../../../lib/ports/reminder-scheduler';
import { MAX_TIMER_DELAY_MS } from '../../../local/scheduler/timers';
import { eventually, runUntil, settle } from './support/fake-timers';
import { type PeerFixture, startPeerFixture, TARGET } from './support/peer-fixture';

const NOW = Date.parse('2026-03-02T08:00:00Z');
const HOUR = 3_600_000;
const reminder = (name: string, at: number): ReminderSchedule => ({
  name,
  at,
  timeZone: 'Europe/Rome',
  payload: { ticket: '2026-000042', kind: 'resolution-warning' },
});

describe('the local Scheduler peer firing schedules', () => {
  let fixture: PeerFixture;
  let scheduler: EventBridgeReminderScheduler;
  beforeEach(async () => {
    fixture = await startPeerFixture(NOW);
    scheduler = new EventBridgeReminderScheduler(fixture.api, TARGET);
  });
  afterEach(() => fixture.stop());

  const pendingFiles = () => readdir(join(fixture.dir, 'schedules'));
  const deadLetters = () => readdir(join(fixture.dir, 'dead-letter'));

  it('fires not a second before its instant, at the instant, with its Input, then deletes it', async () => {
    const at = NOW + 2 * HOUR;
    await scheduler.create(reminder('due-later', at));
    expect(fixture.time.delays.at(-1)).toBe(2 * HOUR);
    fixture.time.advanceTo(at - 1_000);
    await settle();
    expect(fixture.invoked).toEqual([]);
    fixture.time.advanceTo(at);
    await eventually(() => fixture.reports.length === 1);
    expect(fixture.invoked).toEqual([
      {
        targetArn: TARGET.functionArn,
        input: JSON.stringify({ ticket: '2026-000042', kind: 'resolution-warning' }),
      },
    ]);
    expect(fixture.reports[0]).toMatchObject({
      name: 'due-later',
      groupName: TARGET.groupName,
      at,
      ok: true,
      result: 'sent',
    });
    expect(fixture.peer.pendingCount()).toBe(0);
    expect(await pendingFiles()).toEqual([]);
    await expect(
      fixture.client.send(new GetScheduleCommand({ Name: 'due-later', GroupName: TARGET.groupName })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('retries a failing target MaximumRetryAttempts times, then dead-letters and reports it', async () => {
    fixture.target = async () => {
      throw new Error('handler down');
    };
    await scheduler.create(reminder('failing', NOW + HOUR));
    await runUntil(fixture.time, NOW + HOUR);
    expect(fixture.invoked).toHaveLength(1);
    await eventually(() => fixture.time.hasTimerBy(NOW + HOUR + 1_000));
    await runUntil(fixture.time, NOW + HOUR + 1_000);
    expect(fixture.invoked).toHaveLength(2);
    expect(fixture.reports).toEqual([]);
    await eventually(() => fixture.time.hasTimerBy(NOW + HOUR + 2_000));
    await runUntil(fixture.time, NOW + HOUR + 2_000);
    await eventually(() => fixture.reports.length === 1);
    expect(fixture.invoked).toHaveLength(1 + TARGET.maximumRetryAttempts);
    expect(fixture.reports[0]).toMatchObject({
      name: 'failing',
      ok: false,
      deadLettered: true,
      error: 'Error: handler down',
    });
    const [letter] = await deadLetters();
    const kept = JSON.parse(await readFile(join(fixture.dir, 'dead-letter', letter ?? ''), 'utf8'));
    expect(kept).toMatchObject({
      attempts: 3,
      error: 'Error: handler down',
      schedule: { definition: { Name: 'failing' } },
    });
    expect(fixture.peer.pendingCount()).toBe(0);
    expect(await pendingFiles()).toEqual([]);
  });

  it('counts a retry that succeeds as a firing and deletes the schedule', async () => {
    let calls = 0;
    fixture.target = async () => {
      calls++;
      if (calls === 1) throw new Error('cold start failed');
      return 'sent on retry';
    };
    await scheduler.create(reminder('flaky', NOW + HOUR));
    await runUntil(fixture.time, NOW + HOUR);
    expect(fixture.invoked).toHaveLength(1);
    await eventually(() => fixture.time.hasTimerBy(NOW + HOUR + 1_000));
    await runUntil(fixture.time, NOW + HOUR + 1_000);
    await eventually(() => fixture.reports.length === 1);
    expect(fixture.reports[0]).toMatchObject({ ok: true, result: 'sent on retry' });
    expect(await deadLetters()).toEqual([]);
    expect(fixture.peer.pendingCount()).toBe(0);
  });

  it('keeps pending schedules across a restart and fires one that fell due while it was down right after start', async () => {
    await scheduler.create(reminder('missed', NOW + HOUR));
    await scheduler.create(reminder('tomorrow', NOW + 24 * HOUR));
    await fixture.peer.stop();
    expect(fixture.time.pendingTimers).toBe(0);
    fixture.time.advanceTo(NOW + 3 * HOUR);
    expect(fixture.invoked).toEqual([]);
    await fixture.restart();
    expect(fixture.peer.pendingCount()).toBe(2);
    expect(fixture.time.delays.at(-1)).toBe(0);
    fixture.time.advanceTo(fixture.time.now());
    await eventually(() => fixture.reports.length === 1);
    expect(fixture.reports[0]).toMatchObject({ name: 'missed', at: NOW + HOUR, ok: true });
    expect(fixture.peer.pendingCount()).toBe(1);
    const kept = await fixture.client.send(
      new GetScheduleCommand({ Name: 'tomorrow', GroupName: TARGET.groupName }),
    );
    expect(kept.ScheduleExpression).toBe('at(2026-03-03T09:00:00)');
  });

  it('waits in steps of the longest timer Node allows for a schedule two months ahead', async () => {
    const at = NOW + 60 * 24 * HOUR;
    await scheduler.create(reminder('far', at));
    expect(fixture.time.delays.at(-1)).toBe(MAX_TIMER_DELAY_MS);
    await runUntil(fixture.time, NOW + MAX_TIMER_DELAY_MS);
    await runUntil(fixture.time, NOW + 2 * MAX_TIMER_DELAY_MS);
    expect(fixture.time.delays.slice(-3)).toEqual([
      MAX_TIMER_DELAY_MS,
      MAX_TIMER_DELAY_MS,
      at - NOW - 2 * MAX_TIMER_DELAY_MS,
    ]);
    expect(fixture.invoked).toEqual([]);
    await runUntil(fixture.time, at);
    await eventually(() => fixture.reports.length === 1);
    expect(fixture.reports[0]).toMatchObject({ name: 'far', at });
  });

  it('never fires a schedule deleted before its instant', async () => {
    await scheduler.create(reminder('cancelled', NOW + HOUR));
    await scheduler.delete('cancelled');
    fixture.time.advanceTo(NOW + 2 * HOUR);
    await settle();
    expect(fixture.invoked).toEqual([]);
  });

  it('keeps a schedule made with ActionAfterCompletion NONE once fired, and never fires it again', async () => {
    await fixture.client.send(
      new CreateScheduleCommand({
        Name: 'kept',
        ScheduleExpression: 'at(2026-03-02T09:00:00)',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: { Arn: TARGET.functionArn, RoleArn: TARGET.roleArn },
      }),
    );
    expect(await fixture.peer.fireDue(NOW + HOUR)).toMatchObject([{ name: 'kept', ok: true, input: '{}' }]);
    await fixture.restart();
    expect(await fixture.peer.fireDue(NOW + 2 * HOUR)).toEqual([]);
    expect((await fixture.client.send(new GetScheduleCommand({ Name: 'kept' }))).Name).toBe('kept');
    expect(fixture.peer.pendingCount()).toBe(0);
  });
});

describe('fireDue', () => {
  let fixture: PeerFixture;
  let scheduler: EventBridgeReminderScheduler;
  beforeEach(async () => {
    fixture = await startPeerFixture(NOW);
    scheduler = new EventBridgeReminderScheduler(fixture.api, TARGET);
  });
  afterEach(() => fixture.stop());

  it('fires, earliest first, exactly the schedules due at or before the instant, and a second call fires nothing', async () => {
    await scheduler.create(reminder('third', NOW + 3 * HOUR));
    await scheduler.create(reminder('second', NOW + 2 * HOUR));
    await scheduler.create(reminder('first', NOW + HOUR));
    const firings = await fixture.peer.fireDue(NOW + 2 * HOUR);
    expect(firings.map((f) => [f.name, f.ok])).toEqual([
      ['first', true],
      ['second', true],
    ]);
    expect(await fixture.peer.fireDue(NOW + 2 * HOUR)).toEqual([]);
    expect(fixture.invoked).toHaveLength(2);
    expect(fixture.peer.pendingCount()).toBe(1);
  });

  it('does not fire again what the timer is firing, nor does the timer fire what fireDue is firing', async () => {
    const releases: Array<() => void> = [];
    fixture.target = () => new Promise((resolve) => releases.push(() => resolve('slow')));
    await scheduler.create(reminder('by-timer', NOW + HOUR));
    await scheduler.create(reminder('by-call', NOW + 2 * HOUR));
    fixture.time.advanceTo(NOW + HOUR);
    await eventually(() => fixture.invoked.length === 1);
    const overlapping = fixture.peer.fireDue(NOW + 2 * HOUR);
    await eventually(() => fixture.invoked.length === 2);
    fixture.time.advanceTo(NOW + 2 * HOUR);
    const alsoOverlapping = await Promise.race([
      fixture.peer.fireDue(NOW + 2 * HOUR),
      settle().then(() => 'waiting'),
    ]);
    expect(alsoOverlapping).toEqual([]);
    for (const release of releases) release();
    expect((await overlapping).map((f) => f.name)).toEqual(['by-call']);
    await eventually(() => fixture.reports.length === 2);
    await settle();
    expect(fixture.invoked.map((i) => i.input)).toHaveLength(2);
    expect(fixture.reports.map((r) => r.name).sort()).toEqual(['by-call', 'by-timer']);
  });

  it('leaves no timer behind once stopped, with schedules still pending', async () => {
    await scheduler.create(reminder('pending', NOW + HOUR));
    expect(fixture.time.pendingTimers).toBe(1);
    await fixture.peer.stop();
    expect(fixture.time.pendingTimers).toBe(0);
    await fixture.restart();
    expect(fixture.peer.pendingCount()).toBe(1);
  });
});
