import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthDesk } from './support/desk-app';
import { onlyResource } from './support/template';

const { template } = synthDesk();
const policy = onlyResource(template, 'AWS::IAM::ManagedPolicy');
const statements = (policy.resource.Properties.PolicyDocument as { Statement: unknown[] }).Statement;
const tableArn = { 'Fn::GetAtt': [onlyResource(template, 'AWS::DynamoDB::Table').id, 'Arn'] };
const schedulerRole = onlyResource(template, 'AWS::IAM::Role', {
  AssumeRolePolicyDocument: {
    Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })]),
  },
});
const sesArn = (kind: string, type: string) => ({
  'Fn::Join': [
    '',
    [
      'arn:',
      { Ref: 'AWS::Partition' },
      ':ses:',
      { Ref: 'AWS::Region' },
      ':',
      { Ref: 'AWS::AccountId' },
      `:${kind}/`,
      { Ref: onlyResource(template, type).id },
    ],
  ],
});
const schedules = {
  'Fn::Join': [
    '',
    [
      'arn:',
      { Ref: 'AWS::Partition' },
      ':scheduler:',
      { Ref: 'AWS::Region' },
      ':',
      { Ref: 'AWS::AccountId' },
      ':schedule/SupportDesk-reminders/*',
    ],
  ],
};

describe('OperatorPolicy', () => {
  it('grants exactly what the CLI calls, each on its own resources', () => {
    expect(statements).toEqual([
      { Effect: 'Allow', Action: 'cloudformation:DescribeStacks', Resource: { Ref: 'AWS::StackId' } },
      {
        Effect: 'Allow',
        Action: [
          'dynamodb:BatchGetItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
        ],
        Resource: tableArn,
      },
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [tableArn, '/index/status-dueAt']] },
      },
      {
        Effect: 'Allow',
        Action: 'ses:SendRawEmail',
        Resource: [
          sesArn('configuration-set', 'AWS::SES::ConfigurationSet'),
          sesArn('identity', 'AWS::SES::EmailIdentity'),
        ],
      },
      {
        Effect: 'Allow',
        Action: ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule', 'scheduler:GetSchedule'],
        Resource: schedules,
      },
      { Effect: 'Allow', Action: 'scheduler:ListSchedules', Resource: '*' },
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: { 'Fn::GetAtt': [schedulerRole.id, 'Arn'] },
        Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      },
    ]);
  });

  it('allows no wildcard action', () => {
    const actions = statements.flatMap((s) => [(s as { Action: string | string[] }).Action].flat());
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
  });

  it('is attached to nobody: each operator attaches it to their own user or role', () => {
    const props = policy.resource.Properties;
    expect(props.Users ?? props.Roles ?? props.Groups).toBeUndefined();
  });
});
