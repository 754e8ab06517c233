import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../lib/env-names';
import { DeskFunction } from './desk-function';
import type { Reminders } from './reminders';
import type { Sending } from './sending';
import { grantTableActions, TABLE_ACTIONS } from './table-access';

/** Where the real handlers live (issue-4); tests pass small fixtures instead. */
export const DEFAULT_ENTRIES = {
  ingest: 'functions/ingest-email/index.ts',
  sendReminder: 'functions/send-reminder/index.ts',
} as const;

/** The reminder settings the ingest function creates schedules with; keys are shared by ENV and STACK_OUTPUTS. */
export const REMINDER_TARGET_KEYS = [
  'scheduleGroup',
  'schedulerRoleArn',
  'reminderFunctionArn',
  'reminderDlqArn',
  'reminderRetryAttempts',
  'reminderMaxEventAgeSeconds',
] as const;

/** Where every reminder schedule points, as the ingest function's environment and the stack outputs both give it. */
export type ReminderTargetValues = Readonly<Record<(typeof REMINDER_TARGET_KEYS)[number], string>>;

/** Properties of the desk's two Lambda functions. */
export interface DeskFunctionsProps {
  /** The ticket table both functions read and write. */
  readonly table: dynamodb.ITable;
  /** Schedule group, execution role and DLQ the ingest function schedules reminders with. */
  readonly reminders: Reminders;
  /** Identity and configuration set both functions send email through. */
  readonly sending: Sending;
  /** Desk JSON copied into both bundles; undefined = the embedded default desk. */
  readonly deskFile?: string;
  /** Entry of the ingest function. @default DEFAULT_ENTRIES.ingest */
  readonly ingestEntry?: string;
  /** Entry of the send-reminder function. @default DEFAULT_ENTRIES.sendReminder */
  readonly reminderEntry?: string;
  /** Largest raw message the ingest function reads whole. @default 10 MiB */
  readonly maxRawBytes?: number;
}

/**
 * The ingest-email and send-reminder functions, their shared on-failure queue, and every
 * permission they hold: exactly the calls their code makes (granted here, and nowhere else).
 * The raw-message bucket is wired by InboundMail, which owns it.
 */
export class DeskFunctions extends Construct {
  /** Invoked by the SES receipt rule for every message. */
  readonly ingest: NodejsFunction;
  /** Invoked by EventBridge Scheduler at each reminder's time. */
  readonly sendReminder: NodejsFunction;
  /** Asynchronous invocations of either function that failed all their retries. */
  readonly failureQueue: sqs.Queue;
  /** What the ingest function's schedules point at: one set of values for its environment and the outputs. */
  readonly reminderTarget: ReminderTargetValues;

  constructor(scope: Construct, id: string, props: DeskFunctionsProps) {
    super(scope, id);
    this.failureQueue = new sqs.Queue(this, 'FailureQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.failureQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter destination of the functions; it needs no DLQ of its own.',
    });
    const common = {
      [ENV.tableName]: props.table.tableName,
      [ENV.sesConfigurationSet]: props.sending.configurationSet.configurationSetName,
    };
    this.sendReminder = this.createSendReminder(props, common);
    const { reminders } = props;
    this.reminderTarget = {
      scheduleGroup: reminders.group.scheduleGroupName,
      schedulerRoleArn: reminders.executionRole.roleArn,
      reminderFunctionArn: this.sendReminder.functionArn,
      reminderDlqArn: reminders.deadLetterQueue.queueArn,
      reminderRetryAttempts: String(reminders.retryAttempts),
      reminderMaxEventAgeSeconds: String(reminders.maxEventAge.toSeconds()),
    };
    this.ingest = this.createIngest(props, common);
  }

  private createSendReminder(props: DeskFunctionsProps, common: Record<string, string>): NodejsFunction {
    const fn = new DeskFunction(this, 'SendReminder', {
      entry: props.reminderEntry ?? DEFAULT_ENTRIES.sendReminder,
      description: 'support-desk: emails a due reminder unless the step it guards is done',
      deskFile: props.deskFile,
      failureQueue: this.failureQueue,
      environment: common,
    }).function;
    // Its path (lib/tickets/reminders/send-reminder.ts) creates and deletes no schedules: no scheduler grant.
    grantTableActions(fn, props.table, TABLE_ACTIONS.sendReminder);
    props.sending.grantSendRaw(fn);
    props.reminders.allowTarget(fn);
    return fn;
  }

  private createIngest(props: DeskFunctionsProps, common: Record<string, string>): NodejsFunction {
    const fn = new DeskFunction(this, 'IngestEmail', {
      entry: props.ingestEntry ?? DEFAULT_ENTRIES.ingest,
      description: 'support-desk: turns a received email into a ticket, an acknowledgement and reminders',
      deskFile: props.deskFile,
      failureQueue: this.failureQueue,
      memorySize: 1024,
      timeout: Duration.seconds(60),
      environment: {
        ...common,
        [ENV.maxRawBytes]: String(props.maxRawBytes ?? 10 * 1024 * 1024),
        ...Object.fromEntries(REMINDER_TARGET_KEYS.map((key) => [ENV[key], this.reminderTarget[key]])),
      },
    }).function;
    grantTableActions(fn, props.table, TABLE_ACTIONS.ingest);
    props.sending.grantSendRaw(fn);
    props.reminders.grantScheduling(fn);
    return fn;
  }
}
