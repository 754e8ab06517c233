import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthDesk } from './support/desk-app';
import { deskFunction, onlyResource, type TemplateResource } from './support/template';

const operators = ['ops1@example.com', 'ops2@example.com'];
const { template } = synthDesk({ operatorAddresses: operators.join(',') });
const topic = onlyResource(template, 'AWS::SNS::Topic');
const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as TemplateResource[];

function alarmsOn(metricName: string): TemplateResource[] {
  return alarms.filter((a) => a.Properties.MetricName === metricName);
}

describe('Alarms', () => {
  it('notify an SNS topic that refuses publishing without TLS', () => {
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topic.id }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('subscribe every operator address by email', () => {
    for (const address of operators) {
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: address,
        TopicArn: { Ref: topic.id },
      });
    }
    template.resourceCountIs('AWS::SNS::Subscription', operators.length);
  });

  it('send every alarm to that topic', () => {
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic.id }]);
  });

  it.each(['Errors', 'Throttles'])('watch both functions for %s', (metric) => {
    const watched = alarmsOn(metric).map(
      (a) => (a.Properties.Dimensions as { Value: { Ref: string } }[])[0]?.Value.Ref,
    );
    const functionIds = [deskFunction(template, 'ingest').id, deskFunction(template, 'reminder').id];
    expect(watched.sort()).toEqual(functionIds.sort());
    for (const alarm of alarmsOn(metric))
      expect(alarm.Properties).toMatchObject({ Threshold: 1, Statistic: 'Sum' });
  });

  it('watch both dead-letter queues for any message', () => {
    const queueIds = Object.keys(template.findResources('AWS::SQS::Queue')).sort();
    const watched = alarmsOn('ApproximateNumberOfMessagesVisible').map(
      (a) =>
        (a.Properties.Dimensions as { Value: { 'Fn::GetAtt': [string, string] } }[])[0]?.Value[
          'Fn::GetAtt'
        ][0],
    );
    expect(watched.sort()).toEqual(queueIds);
    expect(queueIds).toHaveLength(2);
  });

  it.each([
    ['Reputation.BounceRate', 0.05],
    ['Reputation.ComplaintRate', 0.001],
  ])('watch the SES account %s at %s', (metric, threshold) => {
    const [alarm] = alarmsOn(metric);
    expect(alarm?.Properties).toMatchObject({
      Namespace: 'AWS/SES',
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('stay quiet while there is no data (a desk with no traffic is not failing)', () => {
    for (const alarm of alarms) expect(alarm.Properties.TreatMissingData).toBe('notBreaching');
  });
});
