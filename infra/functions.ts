import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../lib/env-names';
import { DeskFunction } from './desk-function';
import { acknowledgeWildcardResource } from './nag';
import type { Reminders } from './reminders';
import type { Sending } from './sending';

/** Where the real handlers live (issue-4); tests pass small fixtures instead. */
export const DEFAULT_ENTRIES = {
  ingest: 'functions/ingest-email/index.ts',
  sendReminder: 'functions/send-reminder/index.ts',
} as const;

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
 * permission they hold (granted here, through the resources' grant methods, and nowhere else).
 * The raw-message bucket is wired by InboundMail, which owns it.
 */
export class DeskFunctions extends Construct {
  /** Invoked by the SES receipt rule for every message. */
  readonly ingest: NodejsFunction;
  /** Invoked by EventBridge Scheduler at each reminder's time. */
  readonly sendReminder: NodejsFunction;
  /** Asynchronous invocations of either function that failed all their retries. */
  readonly failureQueue: sqs.Queue;

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
    props.table.grantReadWriteData(fn);
    props.sending.grantSend(fn);
    props.reminders.allowTarget(fn);
    acknowledgeTableIndexes(fn, props.table);
    return fn;
  }

  private createIngest(props: DeskFunctionsProps, common: Record<string, string>): NodejsFunction {
    const { reminders } = props;
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
        [ENV.scheduleGroup]: reminders.group.scheduleGroupName,
        [ENV.schedulerRoleArn]: reminders.executionRole.roleArn,
        [ENV.reminderFunctionArn]: this.sendReminder.functionArn,
        [ENV.reminderDlqArn]: reminders.deadLetterQueue.queueArn,
        [ENV.reminderRetryAttempts]: String(reminders.retryAttempts),
        [ENV.reminderMaxEventAgeSeconds]: String(reminders.maxEventAge.toSeconds()),
      },
    }).function;
    props.table.grantReadWriteData(fn);
    props.sending.grantSend(fn);
    reminders.grantScheduling(fn);
    acknowledgeTableIndexes(fn, props.table);
    return fn;
  }
}

function acknowledgeTableIndexes(fn: NodejsFunction, table: dynamodb.ITable): void {
  acknowledgeWildcardResource(
    fn,
    `${table.tableArn}/index/*`,
    'The ticket store queries the indexes of this one table (byStatusDeadline); no other table is granted.',
  );
}
