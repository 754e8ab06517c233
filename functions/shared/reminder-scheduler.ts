import { EventBridgeReminderScheduler } from '../../lib/aws/eventbridge-reminder-scheduler';
import { SchedulerClient } from '../../lib/aws/sdk/scheduler';
import { ENV } from '../../lib/env-names';
import type { ReminderScheduler } from '../../lib/ports/reminder-scheduler';
import { LocalReminderScheduler } from '../../local/local-reminder-scheduler';
import { optional, positiveInteger, required } from './env';

type Env = Readonly<Record<string, string | undefined>>;

/** Scheduler retries a failed reminder invocation for up to a day by default: a late reminder still helps. */
const DEFAULT_RETRY = { maximumRetryAttempts: 10, maximumEventAgeInSeconds: 86_400 };

/** The local desk's file scheduler when LOCAL_SCHEDULE_DIR is set, else EventBridge Scheduler. */
export function reminderScheduler(env: Env): ReminderScheduler {
  const localDir = optional(env, ENV.localScheduleDir);
  if (localDir) return new LocalReminderScheduler(localDir);
  return new EventBridgeReminderScheduler(new SchedulerClient({}), {
    groupName: required(env, ENV.scheduleGroup),
    functionArn: required(env, ENV.reminderFunctionArn),
    roleArn: required(env, ENV.schedulerRoleArn),
    deadLetterQueueArn: required(env, ENV.reminderDlqArn),
    // The stack sets both, so the retry policy has one source; the defaults serve other callers.
    maximumRetryAttempts: positiveInteger(env, ENV.reminderRetryAttempts, DEFAULT_RETRY.maximumRetryAttempts),
    maximumEventAgeInSeconds: positiveInteger(
      env,
      ENV.reminderMaxEventAgeSeconds,
      DEFAULT_RETRY.maximumEventAgeInSeconds,
    ),
  });
}
