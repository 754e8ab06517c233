import { CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../functions/shared/env';
import { reminderTarget } from '../../../functions/shared/reminder-target';
import { EventBridgeReminderScheduler } from '../../../lib/aws/eventbridge-reminder-scheduler';
import { sdkScheduler } from '../../../lib/aws/sdk/scheduler-api';

const scheduler = mockClient(SchedulerClient);
const dummy = { region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
afterEach(() => scheduler.reset());

const awsEnv = {
  SCHEDULE_GROUP: 'support-desk',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::123456789012:role/scheduler',
  REMINDER_FUNCTION_ARN: 'arn:aws:lambda:eu-west-1:123456789012:function:send-reminder',
  REMINDER_DLQ_ARN: 'arn:aws:sqs:eu-west-1:123456789012:reminders-dlq',
};

const schedule = {
  name: '2026-000001.take-charge-due',
  at: Date.UTC(2026, 10, 23, 17, 30),
  timeZone: 'Europe/Rome',
  payload: { ticket: '2026-000001', kind: 'take-charge-due' as const },
};

async function retryPolicyWith(env: Record<string, string>): Promise<unknown> {
  scheduler.on(CreateScheduleCommand).resolves({});
  await new EventBridgeReminderScheduler(
    sdkScheduler(new SchedulerClient(dummy)),
    reminderTarget(env),
  ).create(schedule);
  return scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input.Target?.RetryPolicy;
}

describe('reminderTarget', () => {
  it('takes the retry policy the stack sets in the environment', async () => {
    const policy = await retryPolicyWith({
      ...awsEnv,
      REMINDER_RETRY_ATTEMPTS: '3',
      REMINDER_MAX_EVENT_AGE_SECONDS: '600',
    });
    expect(policy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 600 });
  });

  it('retries for up to a day when the environment says nothing', async () => {
    expect(await retryPolicyWith(awsEnv)).toEqual({
      MaximumRetryAttempts: 10,
      MaximumEventAgeInSeconds: 86_400,
    });
  });

  it('fails the cold start naming a malformed retry setting', () => {
    expect(() => reminderTarget({ ...awsEnv, REMINDER_RETRY_ATTEMPTS: 'many' })).toThrow(
      new ConfigError(
        'environment variable REMINDER_RETRY_ATTEMPTS must be a positive whole number, got "many"',
      ),
    );
  });
});
