import { describe, expect, it } from 'vitest';
import { synthDesk } from './support/desk-app';
import { deskFunction, onlyResource } from './support/template';

const { template } = synthDesk();
const outputs = template.findOutputs('*');
const logGroupOf = (name: 'ingest' | 'reminder') =>
  (deskFunction(template, name).resource.Properties.LoggingConfig as { LogGroup: unknown }).LogGroup;

describe('SupportDeskStack', () => {
  it.each([
    ['TicketTableName', { Ref: onlyResource(template, 'AWS::DynamoDB::Table').id }],
    ['AlarmTopicArn', { Ref: onlyResource(template, 'AWS::SNS::Topic').id }],
    ['ScheduleGroupName', 'SupportDesk-reminders'],
    ['IngestFunctionName', { Ref: deskFunction(template, 'ingest').id }],
    ['IngestLogGroupName', logGroupOf('ingest')],
    ['SendReminderLogGroupName', logGroupOf('reminder')],
  ])('tells the operator %s', (name, value) => {
    expect(outputs[name]?.Value).toEqual(value);
  });

  it('tells the operator which bucket holds the raw messages', () => {
    const bucket = onlyResource(template, 'AWS::S3::Bucket', {
      LoggingConfiguration: { LogFilePrefix: 'raw-messages/' },
    });
    expect(outputs.RawMessageBucketName?.Value).toEqual({ Ref: bucket.id });
  });
});
