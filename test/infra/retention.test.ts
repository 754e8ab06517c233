import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { TTL_ATTRIBUTE } from '../../lib/aws/ticket-table';
import { synthDesk, testConfig } from './support/desk-app';
import { onlyResource } from './support/template';

const DESK_WITH_RETENTION = 'test/infra/fixtures/desk-retention.json';
// One synthesis (they are slow): the desk file's retention.rawMail is 30d.
const { template } = synthDesk({ deskFile: DESK_WITH_RETENTION });

describe("the desk's retention in the configuration", () => {
  it("takes the default desk's 90 days of raw mail", () => {
    expect(testConfig().rawRetentionDays).toBe(90);
  });

  it("takes the desk file's retention.rawMail", () => {
    expect(testConfig({ deskFile: DESK_WITH_RETENTION }).rawRetentionDays).toBe(30);
  });

  it('lets the rawRetentionDays context key override the desk file', () => {
    expect(testConfig({ deskFile: DESK_WITH_RETENTION, rawRetentionDays: 14 }).rawRetentionDays).toBe(14);
  });
});

describe("the desk's retention in the stack", () => {
  it("expires raw mail under inbound/ after the desk file's retention.rawMail", () => {
    const bucket = onlyResource(template, 'AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [Match.objectLike({ Prefix: 'inbound/' })] },
    });
    expect(bucket.resource.Properties).toMatchObject({
      LifecycleConfiguration: { Rules: [{ Prefix: 'inbound/', ExpirationInDays: 30, Status: 'Enabled' }] },
    });
  });

  it("turns on the table's TTL on the attribute tickets, history and work records carry", () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    });
  });
});
