import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../lib/env-names';
import { synthDesk } from './support/desk-app';
import { deskFunction, onlyResource, statementsOfFunctionRole } from './support/template';

const ruleArnTail = 'receipt-rule-set/SupportDesk-rules:receipt-rule/SupportDesk-inbound';
const { template } = synthDesk({ rawRetentionDays: 30 });
const rawBucket = onlyResource(template, 'AWS::S3::Bucket', {
  LifecycleConfiguration: { Rules: [Match.objectLike({ Prefix: 'inbound/' })] },
});
const rawRef = { Ref: rawBucket.id };
const rule = onlyResource(template, 'AWS::SES::ReceiptRule');
const ingest = deskFunction(template, 'ingest');

/** A Fn::Join whose parts, joined, contain `text` (how CloudFormation spells a composed ARN). */
function joinContaining(text: string) {
  return Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp(text)])] });
}

describe('InboundMail: the raw-message bucket', () => {
  it('blocks every kind of public access and encrypts at rest', () => {
    expect(rawBucket.resource.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
  });

  it('denies any request not made over TLS 1.2 or later', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: rawRef,
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
          }),
        ]),
      },
    });
  });

  it('expires raw messages after the configured number of days', () => {
    expect(rawBucket.resource.Properties.LifecycleConfiguration).toEqual({
      Rules: [{ Prefix: 'inbound/', ExpirationInDays: 30, Status: 'Enabled' }],
    });
  });

  it('keeps the bucket when the stack is deleted, and logs access to a bucket of its own', () => {
    const buckets = Object.keys(template.findResources('AWS::S3::Bucket'));
    const logsBucket = buckets.find((id) => id !== rawBucket.id);
    expect(buckets).toHaveLength(2);
    expect(rawBucket.resource.DeletionPolicy).toBe('Retain');
    expect(rawBucket.resource.Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logsBucket },
      LogFilePrefix: 'raw-messages/',
    });
  });

  it('lets SES put objects under the prefix only for this account and this receipt rule', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: rawRef,
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Sid: 'AllowSesReceiptRulePutObject',
            Effect: 'Allow',
            Principal: { Service: 'ses.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [rawBucket.id, 'Arn'] }, '/inbound/*']] },
            Condition: {
              StringEquals: {
                'aws:SourceAccount': { Ref: 'AWS::AccountId' },
                'aws:SourceArn': joinContaining(ruleArnTail),
              },
            },
          },
        ]),
      },
    });
  });
});

describe('InboundMail: the receipt rule', () => {
  it('has explicit names and accepts mail for the support address only', () => {
    template.hasResourceProperties('AWS::SES::ReceiptRuleSet', { RuleSetName: 'SupportDesk-rules' });
    expect(rule.resource.Properties.Rule).toMatchObject({
      Name: 'SupportDesk-inbound',
      Recipients: ['support@example.com'],
      Enabled: true,
    });
  });

  it('requires TLS and scans for spam and viruses', () => {
    expect(rule.resource.Properties.Rule).toMatchObject({ TlsPolicy: 'Require', ScanEnabled: true });
  });

  it('stores the message in S3 first, then invokes the ingest function asynchronously', () => {
    expect((rule.resource.Properties.Rule as { Actions: unknown }).Actions).toEqual([
      { S3Action: { BucketName: rawRef, ObjectKeyPrefix: 'inbound/' } },
      { LambdaAction: { FunctionArn: { 'Fn::GetAtt': [ingest.id, 'Arn'] }, InvocationType: 'Event' } },
    ]);
  });

  it('is created after the bucket policy and the invoke permission it relies on', () => {
    const policy = onlyResource(template, 'AWS::S3::BucketPolicy', { Bucket: rawRef });
    const permission = onlyResource(template, 'AWS::Lambda::Permission', { Principal: 'ses.amazonaws.com' });
    expect(rule.resource.DependsOn).toEqual(expect.arrayContaining([policy.id, permission.id]));
  });

  it('lets SES invoke the ingest function only for this account and this rule', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'ses.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [ingest.id, 'Arn'] },
      SourceAccount: { Ref: 'AWS::AccountId' },
      SourceArn: joinContaining(ruleArnTail),
    });
  });
});

describe('InboundMail: activation of the rule set', () => {
  const activation = onlyResource(template, 'Custom::SesActiveReceiptRuleSet');

  it('activates the rule set on create and update, after the rule exists', () => {
    for (const phase of ['Create', 'Update']) {
      const call = JSON.parse(String(activation.resource.Properties[phase]));
      expect(call).toMatchObject({ service: 'SES', action: 'setActiveReceiptRuleSet' });
      expect(call.parameters).toEqual({ RuleSetName: 'SupportDesk-rules' });
    }
    expect(activation.resource.DependsOn).toContain(rule.id);
  });

  it('deactivates receiving on delete, so that the rule set can be deleted', () => {
    const call = JSON.parse(String(activation.resource.Properties.Delete));
    expect(call).toMatchObject({ action: 'setActiveReceiptRuleSet', parameters: {} });
  });

  it('may call SetActiveReceiptRuleSet and nothing else', () => {
    const policy = onlyResource(template, 'AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Action: 'ses:SetActiveReceiptRuleSet' })]),
      },
    });
    expect(policy.resource.Properties.PolicyDocument).toMatchObject({
      Statement: [{ Action: 'ses:SetActiveReceiptRuleSet', Effect: 'Allow', Resource: '*' }],
    });
  });
});

describe('InboundMail with an existing active rule set', () => {
  const existing = synthDesk({ existingRuleSetName: 'corp-rules' }).template;

  it('adds the rule to that set and neither creates nor activates one', () => {
    existing.resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
    existing.resourceCountIs('Custom::SesActiveReceiptRuleSet', 0);
    existing.hasResourceProperties('AWS::SES::ReceiptRule', { RuleSetName: 'corp-rules' });
  });

  it('scopes the SES grants to the rule in that set', () => {
    existing.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'ses.amazonaws.com',
      SourceArn: joinContaining('receipt-rule-set/corp-rules:receipt-rule/SupportDesk-inbound'),
    });
  });
});

describe('InboundMail: the ingest function', () => {
  it('is told where raw messages are', () => {
    expect(ingest.resource.Properties.Environment).toMatchObject({
      Variables: { [ENV.rawBucket]: rawRef, [ENV.rawPrefix]: 'inbound/' },
    });
  });

  it('may only get objects under the prefix, and list the bucket so a missing key is a 404', () => {
    const s3 = statementsOfFunctionRole(template, ingest.id).filter((s) =>
      String(s.Action).startsWith('s3:'),
    );
    expect(s3).toEqual([
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: { 'Fn::GetAtt': [rawBucket.id, 'Arn'] } },
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [rawBucket.id, 'Arn'] }, '/inbound/*']] },
      },
    ]);
  });
});
