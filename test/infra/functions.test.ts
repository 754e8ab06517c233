import { describe, expect, it } from 'vitest';
import { ENV } from '../../lib/env-names';
import { synthDesk } from './support/desk-app';
import {
  actionsOf,
  deskFunction,
  onlyResource,
  statementsOfFunctionRole,
  type TemplateResource,
} from './support/template';

const { template } = synthDesk();
const withDesk = synthDesk({ deskFile: 'test/infra/fixtures/desk.json' }).template;
const functions = { ingest: deskFunction(template, 'ingest'), reminder: deskFunction(template, 'reminder') };
const table = onlyResource(template, 'AWS::DynamoDB::Table');
const tableArn = { 'Fn::GetAtt': [table.id, 'Arn'] };
const identity = onlyResource(template, 'AWS::SES::EmailIdentity');
const configurationSet = onlyResource(template, 'AWS::SES::ConfigurationSet');
/** An SES ARN as the template spells it: `arn:<partition>:ses:<region>:<account>:<kind>/<name>`. */
const sesArn = (kind: string, resourceId: string) => ({
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
      { Ref: resourceId },
    ],
  ],
});
// Read from the code (infra/table-access.ts says where): written out here so that a change shows.
const expectedTableActions = {
  ingest: [
    'dynamodb:BatchGetItem',
    'dynamodb:BatchWriteItem',
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
  ],
  reminder: ['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
};
/** Calls the broad grants used to give and that no function's code makes. */
const NEVER_CALLED = [
  'dynamodb:Scan',
  'dynamodb:DeleteItem',
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
  'dynamodb:ConditionCheckItem',
  'scheduler:UpdateSchedule',
  'ses:SendEmail',
];

describe.each(Object.entries(functions))('DeskFunctions: the %s function', (_name, fn) => {
  const props = fn.resource.Properties;

  it('runs on Node.js 22 or later, on arm64', () => {
    const [, major] = /^nodejs(\d+)\.x$/.exec(String(props.Runtime)) ?? [];
    expect(Number(major)).toBeGreaterThanOrEqual(22);
    expect(props.Architectures).toEqual(['arm64']);
  });

  it('retries an asynchronous event twice, then sends it to the encrypted on-failure queue', () => {
    const config = onlyResource(template, 'AWS::Lambda::EventInvokeConfig', { FunctionName: { Ref: fn.id } });
    expect(config.resource.Properties).toMatchObject({
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 21600,
    });
    const destination = (
      config.resource.Properties as { DestinationConfig: { OnFailure: { Destination: unknown } } }
    ).DestinationConfig.OnFailure.Destination as { 'Fn::GetAtt': [string, string] };
    const queue = template.toJSON().Resources[destination['Fn::GetAtt'][0]] as TemplateResource;
    expect(queue.Type).toBe('AWS::SQS::Queue');
    expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    const send = statementsOfFunctionRole(template, fn.id).filter((s) =>
      actionsOf([s]).includes('sqs:SendMessage'),
    );
    expect(send.map((s) => s.Resource)).toEqual([destination]);
  });

  it('has a role of its own with no managed policy', () => {
    const roleId = (props.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    const role = template.toJSON().Resources[roleId] as TemplateResource;
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Principal: { Service: 'lambda.amazonaws.com' } }],
    });
  });

  it('writes logs to its own log group only', () => {
    const logGroupId = (props.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
    const logs = statementsOfFunctionRole(template, fn.id).filter((s) =>
      String([s.Action].flat()[0]).startsWith('logs:'),
    );
    expect(logs).toEqual([
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] },
      },
    ]);
  });

  it('sends the ticket table exactly the DynamoDB calls its code makes, on the table only', () => {
    const dynamo = statementsOfFunctionRole(template, fn.id).filter((s) =>
      actionsOf([s])[0]?.startsWith('dynamodb:'),
    );
    expect(dynamo).toHaveLength(1);
    expect(dynamo[0]?.Resource).toEqual(tableArn);
    expect(actionsOf(dynamo)).toEqual(expectedTableActions[_name as keyof typeof functions]);
  });

  it('sends email only with SendRawEmail, as the desk identity through its configuration set', () => {
    const sesStatements = statementsOfFunctionRole(template, fn.id).filter((s) =>
      actionsOf([s])[0]?.startsWith('ses:'),
    );
    expect(actionsOf(sesStatements)).toEqual(['ses:SendRawEmail']);
    expect(sesStatements.map((s) => s.Resource)).toEqual([
      [sesArn('configuration-set', configurationSet.id), sesArn('identity', identity.id)],
    ]);
  });

  it('holds none of the calls no function makes', () => {
    const actions = actionsOf(statementsOfFunctionRole(template, fn.id));
    for (const never of NEVER_CALLED) expect(actions).not.toContain(never);
  });

  it('gets the table and configuration set names under the shared env names', () => {
    expect(props.Environment).toMatchObject({
      Variables: {
        [ENV.tableName]: { Ref: table.id },
        [ENV.sesConfigurationSet]: { Ref: expect.any(String) },
      },
    });
  });

  it('reads its source maps, so stack traces point at the TypeScript', () => {
    expect(props.Environment).toMatchObject({ Variables: { NODE_OPTIONS: '--enable-source-maps' } });
  });

  it('uses the embedded default desk when no desk file is configured', () => {
    expect((props.Environment as { Variables: Record<string, unknown> }).Variables).not.toHaveProperty(
      ENV.deskConfigPath,
    );
  });
});

describe('DeskFunctions with a desk file', () => {
  it('points both functions at the copy bundled next to their code', () => {
    for (const name of ['ingest', 'reminder'] as const) {
      expect(deskFunction(withDesk, name).resource.Properties.Environment).toMatchObject({
        Variables: { [ENV.deskConfigPath]: 'desk.json' },
      });
    }
  });
});

describe('DeskFunctions: least privilege', () => {
  it('lets the send-reminder function query nothing: its path lists no tickets and reads no history', () => {
    const actions = actionsOf(statementsOfFunctionRole(template, functions.reminder.id));
    expect(actions).not.toContain('dynamodb:Query');
    expect(actions).not.toContain('dynamodb:BatchGetItem');
  });

  it('gives the send-reminder function no access to raw messages or schedules', () => {
    const actions = actionsOf(statementsOfFunctionRole(template, functions.reminder.id));
    expect(actions.filter((a) => /^(s3|scheduler|iam):/.test(a))).toEqual([]);
  });

  it('lets the ingest function do only what the pipeline needs', () => {
    const services = new Set(
      actionsOf(statementsOfFunctionRole(template, functions.ingest.id)).map((a) => a.split(':')[0]),
    );
    expect([...services].sort()).toEqual(['dynamodb', 'iam', 'logs', 's3', 'scheduler', 'ses', 'sqs']);
  });
});
