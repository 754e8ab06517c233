import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Properties of the operators' alarms. */
export interface AlarmsProps {
  /** Email addresses subscribed to the alarm topic (each confirms its subscription once). */
  readonly operatorAddresses: readonly string[];
  /** Functions watched for errors and throttles, by a name used in alarm names. */
  readonly functions: Readonly<Record<string, lambda.IFunction>>;
  /** Dead-letter queues watched for any message, by a name used in alarm names. */
  readonly deadLetterQueues: Readonly<Record<string, sqs.IQueue>>;
  /** Account bounce rate that raises the alarm (SES reviews an account at 5 %). @default 0.05 */
  readonly bounceRateThreshold?: number;
  /** Account complaint rate that raises the alarm (SES reviews an account at 0.1 %). @default 0.001 */
  readonly complaintRateThreshold?: number;
}

/**
 * CloudWatch alarms on everything that means a customer or an operator is not being told
 * something: function errors and throttles, messages in either DLQ, bounce and complaint rates.
 * All notify one SNS topic the operators subscribe to.
 */
export class Alarms extends Construct {
  /** The operators' topic (TLS-only publishing). */
  readonly topic: sns.Topic;
  /** Every alarm, for dashboards and tests. */
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'support-desk alarms', enforceSSL: true });
    for (const address of props.operatorAddresses) this.topic.addSubscription(new EmailSubscription(address));
    for (const [name, fn] of Object.entries(props.functions)) this.watchFunction(name, fn);
    for (const [name, queue] of Object.entries(props.deadLetterQueues)) this.watchQueue(name, queue);
    this.watchReputation('BounceRate', props.bounceRateThreshold ?? 0.05);
    this.watchReputation('ComplaintRate', props.complaintRateThreshold ?? 0.001);
  }

  private watchFunction(name: string, fn: lambda.IFunction): void {
    const period = Duration.minutes(5);
    this.raise(`${name}Errors`, fn.metricErrors({ period, statistic: 'Sum' }), 1, `${name} function failed`);
    this.raise(
      `${name}Throttles`,
      fn.metricThrottles({ period, statistic: 'Sum' }),
      1,
      `${name} was throttled`,
    );
  }

  private watchQueue(name: string, queue: sqs.IQueue): void {
    const visible = queue.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(5),
      statistic: 'Maximum',
    });
    this.raise(`${name}NotEmpty`, visible, 1, `${name} holds events that were never processed`);
  }

  private watchReputation(rate: 'BounceRate' | 'ComplaintRate', threshold: number): void {
    const metric = new cloudwatch.Metric({
      namespace: 'AWS/SES',
      metricName: `Reputation.${rate}`,
      statistic: 'Maximum',
      period: Duration.hours(1),
    });
    this.raise(`Ses${rate}`, metric, threshold, `SES account ${rate} reached ${threshold}`);
  }

  private raise(id: string, metric: cloudwatch.IMetric, threshold: number, description: string): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: `support-desk: ${description}`,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
