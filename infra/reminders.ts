import { Arn, Aws, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeWildcardResource } from './nag';

/** Properties of the reminder scheduling resources. */
export interface RemindersProps {
  /** Name of the schedule group holding every reminder schedule (at most 64 characters). */
  readonly scheduleGroupName: string;
  /** How often the scheduler retries a failed invocation of the reminder function. @default 10 */
  readonly retryAttempts?: number;
  /** How long the scheduler keeps retrying before it gives the event to the DLQ. @default 24 hours */
  readonly maxEventAge?: Duration;
}

/**
 * EventBridge Scheduler resources for one-time reminders: the schedule group, the execution role
 * the scheduler assumes (trusted only for this group in this account) and the targets' DLQ.
 * The schedules themselves are created at run time by the ingest function.
 */
export class Reminders extends Construct {
  /** The group every reminder schedule lives in. */
  readonly group: scheduler.ScheduleGroup;
  /** Role the scheduler assumes to invoke the reminder function and to write to the DLQ. */
  readonly executionRole: iam.Role;
  /** Where events go that the scheduler could not deliver after its retries. */
  readonly deadLetterQueue: sqs.Queue;
  /** Retry policy every schedule's target carries (passed to the ingest function). */
  readonly retryAttempts: number;
  /** Maximum event age every schedule's target carries. */
  readonly maxEventAge: Duration;

  constructor(scope: Construct, id: string, props: RemindersProps) {
    super(scope, id);
    this.retryAttempts = props.retryAttempts ?? 10;
    // A late reminder still helps: retry for up to a day (the scheduler's maximum).
    this.maxEventAge = props.maxEventAge ?? Duration.hours(24);
    // Destroyed with the stack: a retained group would block the next deploy with the same name.
    this.group = new scheduler.ScheduleGroup(this, 'Group', {
      scheduleGroupName: props.scheduleGroupName,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.executionRole = new iam.Role(this, 'ExecutionRole', {
      description: 'Assumed by EventBridge Scheduler to fire support-desk reminders',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID, 'aws:SourceArn': this.group.scheduleGroupArn },
        },
      }),
    });
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter queue of the reminder schedules; it needs no DLQ of its own.',
    });
    this.deadLetterQueue.grantSendMessages(this.executionRole);
  }

  /** Lets the scheduler invoke `target` (the send-reminder function), unqualified ARN only. */
  allowTarget(target: lambda.IFunction): iam.Grant {
    return target.grantInvokeLatestVersion(this.executionRole);
  }

  /** ARN pattern of every schedule in the group, spelled as ScheduleGroupGrants spells it (so nag acknowledgements match). */
  schedulesArn(): string {
    return Arn.format({
      partition: Aws.PARTITION,
      region: this.group.env.region,
      account: this.group.env.account,
      service: 'scheduler',
      resource: 'schedule',
      resourceName: `${this.group.scheduleGroupName}/*`,
    });
  }

  /**
   * Lets `grantee` create and delete schedules in the group (the only two calls of
   * lib/aws/eventbridge-reminder-scheduler.ts) and pass the execution role to the scheduler.
   */
  grantScheduling(grantee: iam.IGrantable): void {
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule'],
      resourceArns: [this.schedulesArn()],
    });
    acknowledgeWildcardResource(grantee, this.schedulesArn(), SCHEDULES_REASON);
    this.grantPassRole(grantee);
  }

  /** Lets `grantee` pass the execution role, to the scheduler only (CreateSchedule names it as the target's role). */
  grantPassRole(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['iam:PassRole'],
      resourceArns: [this.executionRole.roleArn],
      conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
    });
  }
}

/** Why a grant on every schedule of the group is as narrow as it can be. */
export const SCHEDULES_REASON =
  'Schedule names are made per ticket at run time; the grant is confined to the desk schedule group.';
