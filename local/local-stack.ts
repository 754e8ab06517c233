import type { DeskResources } from '../lib/aws/desk-ports';
import type { ReminderTarget } from '../lib/aws/eventbridge-reminder-scheduler';
import type { Desk } from '../lib/desk/desk';
import { LOCAL_STACK_NAME, STACK_OUTPUTS, type StackOutputName } from '../lib/stack-outputs';
import { LOCAL_RAW_BUCKET, LOCAL_RAW_PREFIX } from './s3-peer';
import { LOCAL_REGION, LOCAL_TABLE_NAME } from './settings';

/** The account of every local ARN: no AWS account has this number, the Scheduler peer accepts it. */
export const LOCAL_ACCOUNT = '000000000000';

/** Where the local desk's reminder schedules go and what they invoke, as the stack's outputs name them. */
export const LOCAL_REMINDER_TARGET: ReminderTarget = {
  groupName: 'support-desk-local',
  functionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:support-desk-local-send-reminder`,
  roleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/support-desk-local-scheduler`,
  deadLetterQueueArn: `arn:aws:sqs:${LOCAL_REGION}:${LOCAL_ACCOUNT}:support-desk-local-reminders-dlq`,
  maximumRetryAttempts: 10,
  maximumEventAgeInSeconds: 86_400,
};

/** The stack id DescribeStacks gives the local stack (fixed: there is one local stack per desk). */
export const LOCAL_STACK_ID = `arn:aws:cloudformation:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stack/${LOCAL_STACK_NAME}/00000000-0000-0000-0000-000000000000`;

/** The local desk's resources, which its composition root builds the adapters over. */
export const LOCAL_RESOURCES: DeskResources = {
  tableName: LOCAL_TABLE_NAME,
  // The local SES peer keeps no configuration sets: mail goes without one, as a stack without one.
  sesConfigurationSet: undefined,
  reminders: LOCAL_REMINDER_TARGET,
};

/**
 * The outputs of the stack `local`, under the deployed stack's keys: the same resources the
 * composition root uses, so that the CLI finds through DescribeStacks what the desk runs with.
 * SesConfigurationSetName and OperatorPolicyArn are absent: the local desk has neither.
 */
export function localStackOutputs(desk: Desk): Partial<Record<StackOutputName, string>> {
  const target = LOCAL_RESOURCES.reminders;
  return {
    [STACK_OUTPUTS.tableName]: LOCAL_RESOURCES.tableName,
    [STACK_OUTPUTS.rawBucket]: LOCAL_RAW_BUCKET,
    [STACK_OUTPUTS.rawPrefix]: LOCAL_RAW_PREFIX,
    [STACK_OUTPUTS.scheduleGroup]: target.groupName,
    [STACK_OUTPUTS.schedulerRoleArn]: target.roleArn,
    [STACK_OUTPUTS.reminderFunctionArn]: target.functionArn,
    [STACK_OUTPUTS.reminderDlqArn]: target.deadLetterQueueArn,
    [STACK_OUTPUTS.reminderRetryAttempts]: String(target.maximumRetryAttempts),
    [STACK_OUTPUTS.reminderMaxEventAgeSeconds]: String(target.maximumEventAgeInSeconds),
    [STACK_OUTPUTS.supportAddress]: desk.supportAddresses[0] ?? '',
  };
}
