import { Token, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { buildDeskApp } from '../../infra/desk-app';
import { synthDesk, testApp, testConfig } from './support/desk-app';

const configurations: [string, Record<string, unknown>][] = [
  ['the defaults', {}],
  [
    'a region, a desk file and an existing rule set',
    {
      region: 'eu-west-1',
      deskFile: 'test/infra/fixtures/desk.json',
      existingRuleSetName: 'corp-rules',
    },
  ],
];

/** Every acknowledgement recorded in the tree: finding id (as cdk-nag reads it) and reason. */
function acknowledgements(root: IConstruct): [string, string][] {
  return root.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
    .flatMap((m) => Object.entries(m.data as Record<string, string>))
    .map(([id, reason]) => [id.replace(/^annotation::/i, ''), reason]);
}

// Each test synthesizes a whole app; on a busy two-core machine that can take several seconds.
describe('buildDeskApp', { timeout: 60_000 }, () => {
  it.each(configurations)(
    'leaves no unsuppressed AwsSolutions error or warning with %s',
    (_name, overrides) => {
      const { stack } = synthDesk(overrides);
      const report = new AwsSolutionsChecks().validateScope(stack);
      expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources[0]?.constructPath}`)).toEqual(
        [],
      );
      expect(report.success).toBe(true);
    },
  );

  it('runs the AwsSolutions pack at synthesis, so a non-compliant resource stops it', () => {
    const app = testApp();
    const stack = buildDeskApp(app, testConfig());
    new s3.Bucket(stack, 'Careless');
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(report.violations.map((v) => v.ruleName)).toEqual(
      expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S10']),
    );
    expect(() => app.synth()).toThrow(/server access logs disabled. \(AwsSolutions\)/);
  });

  it('acknowledges only the reviewed findings, each with its reason', () => {
    const { stack } = synthDesk();
    const acknowledged = acknowledgements(stack);
    expect(acknowledged.map(([id]) => id.replace(/<[A-Za-z0-9]+\.Arn>/, '<Arn>')).sort()).toEqual([
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::<Arn>/inbound/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/SupportDesk-reminders/*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/SupportDesk-reminders/*]',
      'AwsSolutions-S1',
      'AwsSolutions-SQS3',
      'AwsSolutions-SQS3',
    ]);
    for (const [, reason] of acknowledged) expect(reason.length).toBeGreaterThan(40);
  });

  it('targets the configured region and never an account, so synthesis needs no credentials', () => {
    const { stack } = synthDesk({ region: 'eu-west-1' });
    expect(stack.region).toBe('eu-west-1');
    expect(Token.isUnresolved(stack.account)).toBe(true);
  });

  it('is environment-agnostic when no region is configured', () => {
    const { stack } = synthDesk();
    expect(Token.isUnresolved(stack.region)).toBe(true);
    expect(Token.isUnresolved(stack.account)).toBe(true);
  });
});
