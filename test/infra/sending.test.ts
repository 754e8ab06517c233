import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { synthDesk } from './support/desk-app';
import { onlyResource } from './support/template';

const { template } = synthDesk({
  domain: 'help.acme.it',
  supportAddress: 'support@help.acme.it',
  deskFile: 'test/infra/fixtures/desk-acme.json',
  region: 'eu-west-1',
});
const identity = onlyResource(template, 'AWS::SES::EmailIdentity');
const configurationSet = onlyResource(template, 'AWS::SES::ConfigurationSet');

function output(suffix: string): { Value: unknown; Description: string } {
  const entries = Object.entries(template.findOutputs('*')).filter(([id]) => id.includes(suffix));
  if (entries.length !== 1)
    throw new Error(`expected one output named like ${suffix}, found ${entries.length}`);
  return entries[0]?.[1] as { Value: unknown; Description: string };
}

describe('Sending', { timeout: 60_000 }, () => {
  it('verifies the domain with Easy DKIM (2048-bit) and sends through the configuration set', () => {
    expect(identity.resource.Properties).not.toHaveProperty('DkimAttributes.SigningEnabled', false);
    expect(identity.resource.Properties).toMatchObject({
      EmailIdentity: 'help.acme.it',
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configurationSet.id } },
    });
  });

  it('keeps reputation metrics and suppresses addresses that bounced or complained', () => {
    expect(configurationSet.resource.Properties).toMatchObject({
      Name: 'SupportDesk-outbound',
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
  });

  it('publishes bounce and complaint events', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: configurationSet.id },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: Match.arrayEquals(['bounce', 'complaint']),
        CloudWatchDestination: Match.objectLike({}),
      },
    });
  });

  it('tells the operator the MX record of the receiving region', () => {
    expect(output('MxRecord').Value).toBe('help.acme.it MX 10 inbound-smtp.eu-west-1.amazonaws.com');
  });

  it('spells the MX host with the deployment region when no region is configured', () => {
    const agnostic = synthDesk().template;
    const mx = Object.entries(agnostic.findOutputs('*')).find(([id]) => id.includes('MxRecord'))?.[1];
    expect(mx?.Value).toEqual({
      'Fn::Join': ['', ['example.com MX 10 inbound-smtp.', { Ref: 'AWS::Region' }, '.amazonaws.com']],
    });
  });

  it('tells the operator the three DKIM CNAME records and the identity they verify', () => {
    expect(output('IdentityToVerify').Value).toBe('help.acme.it');
    for (const n of [1, 2, 3]) {
      expect(JSON.stringify(output(`DkimRecord${n}`).Value)).toContain(`DkimDNSTokenName${n}`);
      expect(JSON.stringify(output(`DkimRecord${n}`).Value)).toContain(`DkimDNSTokenValue${n}`);
    }
  });
});
