import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_FILE } from '../../lib/desk';
import { repoRoot, synthDesk } from './support/desk-app';
import { onlyResource, statementsOfRole } from './support/template';

const deskFile = 'test/infra/fixtures/desk.json';
const byDefault = synthDesk().template;
const withDesk = synthDesk({ deskFile }).template;

/** The SDK call of `phase`, its CloudFormation references (the table name) spelled `<Ref:id>`. */
function putCall(template: typeof byDefault, phase: 'Create' | 'Update') {
  const call = onlyResource(template, 'Custom::DeskConfiguration').resource.Properties[phase];
  const parts = (call as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
  const text = parts.map((p) => (typeof p === 'string' ? p : `<Ref:${(p as { Ref: string }).Ref}>`)).join('');
  return JSON.parse(text);
}

describe('DeskConfiguration', () => {
  it.each(['Create', 'Update'] as const)(
    'puts the desk file the functions are bundled with on %s',
    (phase) => {
      const call = putCall(withDesk, phase);
      expect(call).toMatchObject({ service: 'DynamoDB', action: 'putItem' });
      expect(call.parameters.Item).toEqual({
        pk: { S: 'DESK' },
        sk: { S: 'CONFIG' },
        deskJson: { S: readFileSync(join(repoRoot, deskFile), 'utf8') },
        source: { S: deskFile },
      });
    },
  );

  it('puts the embedded default desk when no desk file is configured', () => {
    const item = putCall(byDefault, 'Create').parameters.Item;
    expect(JSON.parse(item.deskJson.S)).toEqual(DEFAULT_DESK_FILE);
    expect(item.source).toEqual({ S: 'embedded default desk' });
  });

  it('writes into the ticket table', () => {
    const table = onlyResource(withDesk, 'AWS::DynamoDB::Table').id;
    expect(putCall(withDesk, 'Create').parameters.TableName).toBe(`<Ref:${table}>`);
  });

  it('changes its properties when the desk file changes, so that the deploy puts it again', () => {
    expect(putCall(withDesk, 'Update')).not.toEqual(putCall(byDefault, 'Update'));
  });

  it('may call dynamodb:PutItem on the ticket table and nothing else', () => {
    const table = onlyResource(withDesk, 'AWS::DynamoDB::Table').id;
    const policies = Object.entries(withDesk.findResources('AWS::IAM::Policy')).filter(([id]) =>
      id.startsWith('DeskConfiguration'),
    );
    expect(policies).toHaveLength(1);
    const [, only] = policies[0] as [string, { Properties: { PolicyDocument: unknown } }];
    expect(only.Properties.PolicyDocument).toMatchObject({
      Statement: [
        { Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: { 'Fn::GetAtt': [table, 'Arn'] } },
      ],
    });
  });

  it('runs in the one AwsCustomResource function of the stack, whose role holds each resource’s policy', () => {
    const providers = Object.entries(withDesk.findResources('AWS::Lambda::Function')).filter(([id]) =>
      id.startsWith('AWS679f53fac002430cb0da5b7982bd2287'),
    );
    expect(providers).toHaveLength(1);
    const [, provider] = providers[0] as [string, { Properties: { Role: { 'Fn::GetAtt': [string] } } }];
    const roleId = provider.Properties.Role['Fn::GetAtt'][0];
    expect(roleId).toMatch(/^SdkCallProviderRole/);
    const actions = statementsOfRole(withDesk, roleId).flatMap((s) => [s.Action].flat());
    // The rule set activation shares the function, hence its role (see infra/sdk-call-provider.ts).
    expect(actions.sort()).toEqual([
      'dynamodb:PutItem',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      'ses:SetActiveReceiptRuleSet',
    ]);
  });
});
