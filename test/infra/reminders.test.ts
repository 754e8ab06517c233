import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../lib/env-names';
import { synthDesk } from './support/desk-app';
import { deskFunction, onlyResource, statementsOfFunctionRole, statementsOfRole } from './support/template';

const { template } = synthDesk();
const group = onlyResource(template, 'AWS::Scheduler::ScheduleGroup');
const role = onlyResource(template, 'AWS::IAM::Role', {
  AssumeRolePolicyDocument: {
    Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })]),
  },
});
const ingest = deskFunction(template, 'ingest');
const reminder = deskFunction(template, 'reminder');
// Two queues: the functions' on-failure destination, and the reminders' DLQ (the other one).
const failureQueueId = (
  onlyResource(template, 'AWS::Lambda::EventInvokeConfig', { FunctionName: { Ref: reminder.id } }).resource
    .Properties as {
    DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [string, string] } } };
  }
).DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0];
const dlqId =
  Object.keys(template.findResources('AWS::SQS::Queue')).find((id) => id !== failureQueueId) ?? '';
const dlq = { id: dlqId, resource: template.toJSON().Resources[dlqId] };

describe('Reminders', () => {
  it('keeps every schedule in one named group', () => {
    expect(group.resource.Properties.Name).toBe('SupportDesk-reminders');
  });

  it('has an execution role only the scheduler can assume, for this group in this account', () => {
    expect(role.resource.Properties.AssumeRolePolicyDocument).toMatchObject({
      Statement: [
        {
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { Service: 'scheduler.amazonaws.com' },
          Condition: {
            StringEquals: {
              'aws:SourceAccount': { Ref: 'AWS::AccountId' },
              'aws:SourceArn': { 'Fn::GetAtt': [group.id, 'Arn'] },
            },
          },
        },
      ],
    });
  });

  it('lets that role invoke only the send-reminder function and write only to the DLQ', () => {
    const statements = statementsOfRole(template, role.id);
    const resources = statements.flatMap((s) => [s.Resource].flat());
    expect(resources).toEqual([
      { 'Fn::GetAtt': [dlq.id, 'Arn'] },
      { 'Fn::GetAtt': [reminder.id, 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [reminder.id, 'Arn'] }, ':$LATEST']] },
    ]);
  });

  it('has an encrypted, TLS-only dead-letter queue for targets', () => {
    expect(dlq.resource.Properties.SqsManagedSseEnabled).toBe(true);
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: dlq.id }],
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ],
      },
    });
  });

  it('gives the ingest function the group, role, target, DLQ and retry policy of its schedules', () => {
    expect(ingest.resource.Properties.Environment).toMatchObject({
      Variables: {
        [ENV.scheduleGroup]: 'SupportDesk-reminders',
        [ENV.schedulerRoleArn]: { 'Fn::GetAtt': [role.id, 'Arn'] },
        [ENV.reminderFunctionArn]: { 'Fn::GetAtt': [reminder.id, 'Arn'] },
        [ENV.reminderDlqArn]: { 'Fn::GetAtt': [dlq.id, 'Arn'] },
        [ENV.reminderRetryAttempts]: '10',
        [ENV.reminderMaxEventAgeSeconds]: '86400',
      },
    });
  });

  it('lets the ingest function pass that role, and only to the scheduler', () => {
    const passRole = statementsOfFunctionRole(template, ingest.id).filter((s) => s.Action === 'iam:PassRole');
    expect(passRole).toEqual([
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: { 'Fn::GetAtt': [role.id, 'Arn'] },
        Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      },
    ]);
  });

  it('lets the ingest function create and delete schedules in that group, and nothing more', () => {
    const scheduling = statementsOfFunctionRole(template, ingest.id).filter((s) =>
      [s.Action].flat().some((a) => String(a).startsWith('scheduler:')),
    );
    expect(scheduling).toHaveLength(1);
    expect(scheduling[0]?.Action).toEqual(['scheduler:CreateSchedule', 'scheduler:DeleteSchedule']);
    const arn = JSON.stringify(scheduling[0]?.Resource);
    expect(arn).toContain(':schedule/SupportDesk-reminders/*');
  });
});
