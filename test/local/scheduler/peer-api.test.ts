import { createServer } from 'node:net';
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  paginateListSchedules,
  ResourceNotFoundException,
  ValidationException,
} from '@aws-sdk/client-scheduler';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBridgeReminderScheduler } from '../../../lib/aws/eventbridge-reminder-scheduler';
import type { ReminderSchedule } from '../../../lib/ports/reminder-scheduler';
import { PortUnavailableError } from '../../../local/errors';
import { SCHEDULER_PORT, startSchedulerPeer } from '../../../local/scheduler/peer';
import { type PeerFixture, startPeerFixture, TARGET } from './support/peer-fixture';

const NOW = Date.parse('2026-03-02T08:00:00Z');
const reminder = (name: string, at = Date.parse('2026-03-02T10:15:00+01:00')): ReminderSchedule => ({
  name,
  at,
  timeZone: 'Europe/Rome',
  payload: { ticket: '2026-000042', kind: 'take-charge-due' },
});
const raw = (name: string, overrides: Record<string, unknown> = {}) =>
  new CreateScheduleCommand({
    Name: name,
    ScheduleExpression: 'at(2026-03-02T10:15:00)',
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: { Arn: TARGET.functionArn, RoleArn: TARGET.roleArn },
    ...overrides,
  });

describe('the local EventBridge Scheduler peer, through the SDK', () => {
  let fixture: PeerFixture;
  let scheduler: EventBridgeReminderScheduler;
  beforeEach(async () => {
    fixture = await startPeerFixture(NOW);
    scheduler = new EventBridgeReminderScheduler(fixture.api, TARGET);
  });
  afterEach(() => fixture.stop());

  it('answers GetSchedule with what the production adapter created, as the SDK parses it', async () => {
    await scheduler.create(reminder('t-2026-000042-take-charge-due'));
    const got = await fixture.client.send(
      new GetScheduleCommand({ Name: 't-2026-000042-take-charge-due', GroupName: TARGET.groupName }),
    );
    expect(got).toMatchObject({
      Arn: 'arn:aws:scheduler:eu-west-1:000000000000:schedule/support-desk-reminders/t-2026-000042-take-charge-due',
      Name: 't-2026-000042-take-charge-due',
      GroupName: TARGET.groupName,
      ScheduleExpression: 'at(2026-03-02T10:15:00)',
      ScheduleExpressionTimezone: 'Europe/Rome',
      State: 'ENABLED',
      ActionAfterCompletion: 'DELETE',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: TARGET.functionArn,
        RoleArn: TARGET.roleArn,
        Input: JSON.stringify({ ticket: '2026-000042', kind: 'take-charge-due' }),
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3_600 },
        DeadLetterConfig: { Arn: TARGET.deadLetterQueueArn },
      },
    });
    expect(got.CreationDate).toEqual(new Date(NOW));
    expect(fixture.peer.pendingCount()).toBe(1);
  });

  it('lets the adapter create the same schedule twice (ConflictException is done) and delete it twice', async () => {
    await scheduler.create(reminder('twice'));
    await expect(scheduler.create(reminder('twice'))).resolves.toBeUndefined();
    expect(fixture.peer.pendingCount()).toBe(1);
    await scheduler.delete('twice');
    await expect(scheduler.delete('twice')).resolves.toBeUndefined();
    expect(fixture.peer.pendingCount()).toBe(0);
  });

  it('answers a second create of a name with ConflictException and a missing one with ResourceNotFoundException', async () => {
    await fixture.client.send(raw('taken'));
    await expect(fixture.client.send(raw('taken'))).rejects.toBeInstanceOf(ConflictException);
    await expect(fixture.client.send(new GetScheduleCommand({ Name: 'never-made' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    await expect(
      fixture.client.send(new DeleteScheduleCommand({ Name: 'never-made' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('answers a retried CreateSchedule that carries the same client token as the first, once', async () => {
    const first = await fixture.client.send(raw('retried', { ClientToken: 'token-1' }));
    const retried = await fixture.client.send(raw('retried', { ClientToken: 'token-1' }));
    expect(retried.ScheduleArn).toBe(first.ScheduleArn);
    await expect(fixture.client.send(raw('retried', { ClientToken: 'token-2' }))).rejects.toBeInstanceOf(
      ConflictException,
    );
    expect(fixture.peer.pendingCount()).toBe(1);
  });

  it('refuses a name smuggling a path in its percent-encoding', async () => {
    const answer = await fetch(`${fixture.peer.endpoint}/schedules/..%2F..%2Fescape`);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(((await answer.json()) as { Message: string }).Message).toMatch(/pattern/);
  });

  it('keeps groups apart: the same name lives in two groups, and each group answers only for its own', async () => {
    await fixture.client.send(raw('shared', { GroupName: 'a' }));
    await fixture.client.send(raw('shared', { GroupName: 'b' }));
    await fixture.client.send(new DeleteScheduleCommand({ Name: 'shared', GroupName: 'a' }));
    await expect(
      fixture.client.send(new GetScheduleCommand({ Name: 'shared', GroupName: 'a' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    const b = await fixture.client.send(new GetScheduleCommand({ Name: 'shared', GroupName: 'b' }));
    expect(b.GroupName).toBe('b');
    await expect(fixture.client.send(new GetScheduleCommand({ Name: 'shared' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  it('lists a group by name prefix over pages the SDK paginator follows', async () => {
    for (let i = 0; i < 7; i++) await scheduler.create(reminder(`t-2026-00000${i}-due`));
    await scheduler.create(reminder('other-1'));
    await fixture.client.send(raw('t-2026-000009-elsewhere', { GroupName: 'elsewhere' }));
    const names: string[] = [];
    const pages = paginateListSchedules(
      { client: fixture.client, pageSize: 3 },
      { GroupName: TARGET.groupName, NamePrefix: 't-2026-' },
    );
    let count = 0;
    for await (const page of pages) {
      count++;
      for (const summary of page.Schedules ?? []) names.push(summary.Name ?? '');
    }
    expect(count).toBe(3);
    expect(names).toEqual(Array.from({ length: 7 }, (_, i) => `t-2026-00000${i}-due`));
    const all = await fixture.client.send(new ListSchedulesCommand({}));
    expect(all.Schedules?.map((s) => `${s.GroupName}/${s.Name}`).sort()).toEqual(
      [
        ...names.map((n) => `${TARGET.groupName}/${n}`),
        `${TARGET.groupName}/other-1`,
        'elsewhere/t-2026-000009-elsewhere',
      ].sort(),
    );
    expect(all.Schedules?.[0]).toMatchObject({ State: 'ENABLED', Target: { Arn: TARGET.functionArn } });
    expect(all.Schedules?.[0]?.CreationDate).toBeInstanceOf(Date);
    expect(all.NextToken).toBeUndefined();
  });

  it.each([
    ['a name over 64 characters', raw('n'.repeat(65)), /length less than or equal to 64/],
    ['a name outside [0-9a-zA-Z-_.]', raw('ticket:42'), /regular expression pattern/],
    [
      'an expression that is not at()',
      raw('cron', { ScheduleExpression: 'at(2026-03-02 10:15)' }),
      /Invalid Schedule Expression/,
    ],
    [
      'a date that does not exist',
      raw('feb30', { ScheduleExpression: 'at(2026-02-30T10:00:00)' }),
      /no such date/,
    ],
    [
      'a zone that does not exist',
      raw('zone', { ScheduleExpressionTimezone: 'Europe/Atlantis' }),
      /ScheduleExpressionTimezone/,
    ],
    [
      'a rate() expression',
      raw('rate', { ScheduleExpression: 'rate(5 minutes)' }),
      /at\(\) expressions only/,
    ],
    [
      'a flexible window without its width',
      raw('flex', { FlexibleTimeWindow: { Mode: 'FLEXIBLE' } }),
      /MaximumWindowInMinutes/,
    ],
    [
      'a retry count over 185',
      raw('retry', { Target: { Arn: 'a', RoleArn: 'r', RetryPolicy: { MaximumRetryAttempts: 186 } } }),
      /less than or equal to 185/,
    ],
  ])('refuses %s with a ValidationException that says why', async (_case, command, message) => {
    const error = await fixture.client.send(command).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationException);
    expect((error as ValidationException).message).toMatch(message);
    expect(fixture.peer.pendingCount()).toBe(0);
  });

  it('refuses a ListSchedules page size over 100 and a token it never gave', async () => {
    await expect(fixture.client.send(new ListSchedulesCommand({ MaxResults: 101 }))).rejects.toBeInstanceOf(
      ValidationException,
    );
    await expect(
      fixture.client.send(new ListSchedulesCommand({ NextToken: 'bm9wZQ' })),
    ).rejects.toBeInstanceOf(ValidationException);
  });

  it('fires over the local-only route POST /_local/fire-due, answering the firings', async () => {
    await scheduler.create(reminder('by-route'));
    const answer = await fetch(`${fixture.peer.endpoint}/_local/fire-due`, {
      method: 'POST',
      body: JSON.stringify({ at: Date.parse('2026-03-02T10:15:00+01:00') }),
    });
    const body = (await answer.json()) as { firings: Array<{ name: string; ok: boolean; result: unknown }> };
    expect(body.firings).toMatchObject([{ name: 'by-route', ok: true, result: 'sent' }]);
    const again = await fetch(`${fixture.peer.endpoint}/_local/fire-due`, {
      method: 'POST',
      body: '{"at": "soon"}',
    });
    expect(again.status).toBe(400);
  });
});

describe('startSchedulerPeer', () => {
  it('fails with one line naming SCHEDULER_PORT when the port is taken', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    const failure = await startSchedulerPeer({
      port,
      dir: `${process.env.TMPDIR ?? '/tmp'}/scheduler-busy-${process.pid}`,
      invoke: async () => null,
      now: Date.now,
    }).catch((e: unknown) => e);
    await new Promise((resolve) => holder.close(resolve));
    expect(failure).toBeInstanceOf(PortUnavailableError);
    expect((failure as Error).message).toContain(SCHEDULER_PORT);
    expect((failure as Error).message).toContain(String(port));
    expect((failure as Error).message).not.toContain('\n');
  });
});
