/**
 * Output keys of a deployed desk stack, as CloudFormation DescribeStacks returns them. The CDK
 * stack writes them (with these exact logical ids, no generated suffix), the local desk answers
 * DescribeStacks for the stack `local` with the same keys, and the CLI reads them: one list, so
 * the three cannot drift apart.
 */
export const STACK_OUTPUTS = {
  /** DynamoDB table of tickets, messages, counters and the desk configuration. */
  tableName: 'TicketTableName',
  /** S3 bucket of raw received mail. */
  rawBucket: 'RawMessageBucketName',
  /** Key prefix of raw mail in that bucket. */
  rawPrefix: 'RawMessagePrefix',
  /** EventBridge Scheduler group of the reminder schedules. */
  scheduleGroup: 'ScheduleGroupName',
  /** Role the scheduler assumes to invoke the reminder function. */
  schedulerRoleArn: 'SchedulerRoleArn',
  /** The send-reminder function, target of every schedule. */
  reminderFunctionArn: 'ReminderFunctionArn',
  /** Dead-letter queue of schedule targets. */
  reminderDlqArn: 'ReminderDeadLetterQueueArn',
  /** Retry policy of every schedule's target: attempts. */
  reminderRetryAttempts: 'ReminderRetryAttempts',
  /** Retry policy of every schedule's target: maximum event age in seconds. */
  reminderMaxEventAgeSeconds: 'ReminderMaxEventAgeSeconds',
  /** SES configuration set every email the desk sends goes through. */
  sesConfigurationSet: 'SesConfigurationSetName',
  /** The address customers write to. */
  supportAddress: 'SupportAddress',
  /** Managed policy granting exactly what the operator CLI needs. */
  operatorPolicyArn: 'OperatorPolicyArn',
} as const;

export type StackOutputName = (typeof STACK_OUTPUTS)[keyof typeof STACK_OUTPUTS];

/** The stack name under which the local desk answers CloudFormation DescribeStacks. */
export const LOCAL_STACK_NAME = 'local';
