import { GetScheduleCommand, ListSchedulesCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atExpression, instantOfAtExpression } from '../../../lib/aws/schedule-expression';
import { pendingSchedules } from '../../../lib/aws/scheduler-listing';

describe('instantOfAtExpression', () => {
  it.each([
    ['2026-03-29T02:30:00Z', 'Europe/Rome'],
    ['2026-12-01T08:15:00Z', 'Europe/Rome'],
    ['2026-10-25T00:30:00Z', 'Europe/Rome'],
    ['2026-11-01T06:30:00Z', 'America/Chicago'],
  ])('reads back the instant %s that atExpression wrote in %s', (iso, zone) => {
    const at = atExpression(Date.parse(iso), zone);
    expect(instantOfAtExpression(at.expression, at.timeZone)).toBe(Date.parse(iso));
  });

  it.each(['rate(5 minutes)', 'cron(0 9 * * ? *)', 'at(2026-13-01T00:00:00)', 'at(2026-12-01)'])(
    'is null for %s, which is no one-time schedule of the desk',
    (expression) => {
      expect(instantOfAtExpression(expression, 'UTC')).toBeNull();
    },
  );
});

describe('pendingSchedules', () => {
  let scheduler: AwsClientStub<SchedulerClient>;
  beforeEach(() => {
    scheduler = mockClient(SchedulerClient);
  });
  afterEach(() => {
    scheduler.restore();
  });

  it('lists the group page by page, reads each schedule, and orders them by time', async () => {
    scheduler
      .on(ListSchedulesCommand, { GroupName: 'g', NamePrefix: '2026-000001-', NextToken: undefined })
      .resolves({ Schedules: [{ Name: '2026-000001-resolution-due' }], NextToken: 'page2' })
      .on(ListSchedulesCommand, { GroupName: 'g', NamePrefix: '2026-000001-', NextToken: 'page2' })
      .resolves({ Schedules: [{ Name: '2026-000001-take-charge-due' }, { Name: '2026-000001-gone' }] });
    scheduler
      .on(GetScheduleCommand, { GroupName: 'g', Name: '2026-000001-resolution-due' })
      .resolves({
        ScheduleExpression: 'at(2026-12-03T18:30:00)',
        ScheduleExpressionTimezone: 'Europe/Rome',
        Target: { Arn: 'a', RoleArn: 'r', Input: '{"ticket":"2026-000001","kind":"resolution-due"}' },
      })
      .on(GetScheduleCommand, { GroupName: 'g', Name: '2026-000001-take-charge-due' })
      .resolves({
        ScheduleExpression: 'at(2026-12-02T10:00:00)',
        ScheduleExpressionTimezone: 'Europe/Rome',
        Target: { Arn: 'a', RoleArn: 'r', Input: '{"ticket":"2026-000001","kind":"take-charge-due"}' },
      })
      .on(GetScheduleCommand, { GroupName: 'g', Name: '2026-000001-gone' })
      .rejects(Object.assign(new Error('gone'), { name: 'ResourceNotFoundException' }));

    expect(await pendingSchedules(new SchedulerClient({ region: 'eu-west-1' }), 'g', '2026-000001-')).toEqual(
      [
        {
          name: '2026-000001-take-charge-due',
          at: Date.parse('2026-12-02T10:00:00+01:00'),
          timeZone: 'Europe/Rome',
          payload: { ticket: '2026-000001', kind: 'take-charge-due' },
        },
        {
          name: '2026-000001-resolution-due',
          at: Date.parse('2026-12-03T18:30:00+01:00'),
          timeZone: 'Europe/Rome',
          payload: { ticket: '2026-000001', kind: 'resolution-due' },
        },
      ],
    );
  });

  it('keeps a schedule of another kind with no payload rather than inventing one', async () => {
    scheduler.on(ListSchedulesCommand).resolves({ Schedules: [{ Name: 'other' }] });
    scheduler.on(GetScheduleCommand).resolves({
      ScheduleExpression: 'rate(1 hour)',
      Target: { Arn: 'a', RoleArn: 'r', Input: '{"ticket":"x","kind":"party"}' },
    });
    expect(await pendingSchedules(new SchedulerClient({ region: 'eu-west-1' }), 'g', undefined)).toEqual([
      { name: 'other', at: null, timeZone: 'UTC', payload: null },
    ]);
  });
});
