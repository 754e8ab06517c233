import type { ReminderTarget } from '../../lib/aws/eventbridge-reminder-scheduler';
import { ENV } from '../../lib/env-names';
import { positiveInteger, required } from './env';

type Env = Readonly<Record<string, string | undefined>>;

/** Scheduler retries a failed reminder invocation for up to a day by default: a late reminder still helps. */
const DEFAULT_RETRY = { maximumRetryAttempts: 10, maximumEventAgeInSeconds: 86_400 };

/** Where the ingest function's reminder schedules go and what they invoke, from the stack's variables. */
export function reminderTarget(env: Env): ReminderTarget {
  return {
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
  };
}
