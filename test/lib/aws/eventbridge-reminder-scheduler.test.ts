import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  SchedulerServiceException,
} from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EventBridgeReminderScheduler,
  type ReminderTarget,
} from '../../../lib/aws/eventbridge-reminder-scheduler';
import { sdkScheduler } from '../../../lib/aws/sdk/scheduler-api';
import type { ReminderSchedule } from '../../../lib/ports/reminder-scheduler';
import { ScheduleError } from '../../../lib/tickets/errors';

const scheduler = mockClient(SchedulerClient);
const target: ReminderTarget = {
  groupName: 'support-desk',
  functionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:send-reminder',
  roleArn: 'arn:aws:iam::111122223333:role/scheduler',
  deadLetterQueueArn: 'arn:aws:sqs:eu-west-1:111122223333:reminders-dlq',
  maximumRetryAttempts: 10,
  maximumEventAgeInSeconds: 3600,
};
const adapter = new EventBridgeReminderScheduler(
  sdkScheduler(new SchedulerClient({ region: 'eu-west-1' })),
  target,
);
const schedule: ReminderSchedule = {
  name: '2026-000042-take-charge-due',
  at: Date.parse('2026-11-23T14:30:00Z'),
  timeZone: 'Europe/Rome',
  payload: { ticket: '2026-000042', kind: 'take-charge-due' },
};

describe('EventBridgeReminderScheduler', () => {
  afterEach(() => scheduler.reset());

  it('creates a one-time schedule in the calendar zone that deletes itself, with retries and a DLQ', async () => {
    scheduler.on(CreateScheduleCommand).resolves({});
    await adapter.create(schedule);
    expect(scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input).toEqual({
      Name: '2026-000042-take-charge-due',
      GroupName: 'support-desk',
      ScheduleExpression: 'at(2026-11-23T15:30:00)',
      ScheduleExpressionTimezone: 'Europe/Rome',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      State: 'ENABLED',
      Target: {
        Arn: target.functionArn,
        RoleArn: target.roleArn,
        Input: '{"ticket":"2026-000042","kind":"take-charge-due"}',
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: target.deadLetterQueueArn },
      },
    });
  });

  it.each([
    ['summer time in Rome', '2026-07-01T07:00:00Z', 'Europe/Rome', 'at(2026-07-01T09:00:00)', 'Europe/Rome'],
    [
      'winter time in Chicago',
      '2026-11-23T15:00:00Z',
      'America/Chicago',
      'at(2026-11-23T09:00:00)',
      'America/Chicago',
    ],
    [
      'the first pass of the repeated hour',
      '2026-10-25T00:30:00Z',
      'Europe/Rome',
      'at(2026-10-25T00:30:00)',
      'UTC',
    ],
    [
      'the second pass of the repeated hour',
      '2026-10-25T01:30:00Z',
      'Europe/Rome',
      'at(2026-10-25T01:30:00)',
      'UTC',
    ],
    [
      'the hour after the change',
      '2026-10-25T02:30:00Z',
      'Europe/Rome',
      'at(2026-10-25T03:30:00)',
      'Europe/Rome',
    ],
  ])('writes %s as the right wall time', async (_, instant, zone, expression, expressionZone) => {
    scheduler.on(CreateScheduleCommand).resolves({});
    await adapter.create({ ...schedule, at: Date.parse(instant), timeZone: zone });
    const input = scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input;
    expect(input?.ScheduleExpression).toBe(expression);
    expect(input?.ScheduleExpressionTimezone).toBe(expressionZone);
  });

  it('counts a name conflict as already created', async () => {
    scheduler
      .on(CreateScheduleCommand)
      .rejects(new ConflictException({ $metadata: {}, message: 'exists', Message: 'exists' }));
    await expect(adapter.create(schedule)).resolves.toBeUndefined();
  });

  it('deletes by name in the group and counts a missing schedule as deleted', async () => {
    scheduler
      .on(DeleteScheduleCommand)
      .rejects(new ResourceNotFoundException({ $metadata: {}, message: 'gone', Message: 'gone' }));
    await expect(adapter.delete('2026-000042-take-charge-due')).resolves.toBeUndefined();
    expect(scheduler.commandCalls(DeleteScheduleCommand)[0]?.args[0].input).toEqual({
      Name: '2026-000042-take-charge-due',
      GroupName: 'support-desk',
    });
  });

  it.each([
    ['throttling', 'ThrottlingException', 429, true],
    ['a 5xx', 'InternalServerException', 500, true],
    ['a validation error', 'ValidationException', 400, false],
  ])('turns %s into a ScheduleError that says whether to retry', async (_, name, status, retryable) => {
    scheduler.on(CreateScheduleCommand).rejects(
      new SchedulerServiceException({
        name,
        $fault: status >= 500 ? 'server' : 'client',
        $metadata: { httpStatusCode: status },
        message: name,
      }),
    );
    const failure = await adapter.create(schedule).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ScheduleError);
    expect((failure as ScheduleError).retryable).toBe(retryable);
  });
});
