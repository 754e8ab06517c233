import { STACK_OUTPUTS } from '../lib/stack-outputs';
import type { DeskFunctions } from './functions';
import { REMINDER_TARGET_KEYS } from './functions';
import type { OutputSpec } from './stack-outputs';

/** What the desk's outputs are made of. */
export interface DeskOutputSources {
  readonly tableName: string;
  readonly rawBucket: string;
  readonly rawPrefix: string;
  readonly sesConfigurationSet: string;
  readonly supportAddress: string;
  readonly operatorPolicyArn: string;
  readonly alarmTopicArn: string;
  readonly functions: DeskFunctions;
  /** The DNS records of Sending.dnsOutputs. */
  readonly dns: Readonly<Record<string, OutputSpec>>;
}

const REMINDER_DESCRIPTIONS: Record<(typeof REMINDER_TARGET_KEYS)[number], string> = {
  scheduleGroup: 'EventBridge Scheduler group of reminder schedules',
  schedulerRoleArn: 'Role the scheduler assumes to invoke the reminder function',
  reminderFunctionArn: 'The send-reminder function, target of every reminder schedule',
  reminderDlqArn: 'Dead-letter queue of reminder schedule targets',
  reminderRetryAttempts: "Retry policy of every reminder schedule's target: attempts",
  reminderMaxEventAgeSeconds: "Retry policy of every reminder schedule's target: maximum event age (s)",
};

/**
 * Every output of the stack by key: those the CLI reads (STACK_OUTPUTS, with the very values the
 * ingest function's environment gets), then those the operator reads when setting up (DNS, alarms, logs).
 */
export function deskOutputs(from: DeskOutputSources): Record<string, OutputSpec> {
  const { functions } = from;
  const reminderOutputs = REMINDER_TARGET_KEYS.map((key) => [
    STACK_OUTPUTS[key],
    { value: functions.reminderTarget[key], description: REMINDER_DESCRIPTIONS[key] },
  ]);
  return {
    [STACK_OUTPUTS.tableName]: {
      value: from.tableName,
      description: 'DynamoDB table of tickets and the desk configuration',
    },
    [STACK_OUTPUTS.rawBucket]: { value: from.rawBucket, description: 'S3 bucket of raw received messages' },
    [STACK_OUTPUTS.rawPrefix]: {
      value: from.rawPrefix,
      description: 'Key prefix of raw messages in that bucket',
    },
    ...Object.fromEntries(reminderOutputs),
    [STACK_OUTPUTS.sesConfigurationSet]: {
      value: from.sesConfigurationSet,
      description: 'SES configuration set of every email the desk sends',
    },
    [STACK_OUTPUTS.supportAddress]: {
      value: from.supportAddress,
      description: 'The address customers write to',
    },
    [STACK_OUTPUTS.operatorPolicyArn]: {
      value: from.operatorPolicyArn,
      description: 'Managed policy to attach to an operator: what the CLI needs on this stack',
    },
    AlarmTopicArn: { value: from.alarmTopicArn, description: 'SNS topic the alarms notify' },
    IngestFunctionName: {
      value: functions.ingest.functionName,
      description: 'Lambda function processing received mail',
    },
    IngestLogGroupName: {
      value: functions.ingest.logGroup.logGroupName,
      description: 'Logs of the ingest function',
    },
    SendReminderLogGroupName: {
      value: functions.sendReminder.logGroup.logGroupName,
      description: 'Logs of the reminder function',
    },
    ...from.dns,
  };
}
