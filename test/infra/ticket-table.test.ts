import { describe, expect, it } from 'vitest';
import { TTL_ATTRIBUTE, ticketTableDefinition } from '../../lib/aws/ticket-table';
import { synthDesk } from './support/desk-app';
import { onlyResource } from './support/template';

const { template } = synthDesk();
const table = onlyResource(template, 'AWS::DynamoDB::Table');
// What the store's own definition creates locally (dynalite): the CDK table must be the same.
const store = ticketTableDefinition('tickets');

describe('TicketTable', () => {
  it('bills on demand', () => {
    expect(table.resource.Properties.BillingMode).toBe(store.BillingMode);
  });

  it('keeps point-in-time recovery on', () => {
    expect(table.resource.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
  });

  it('cannot be deleted while deletion protection is on, and is retained with the stack', () => {
    expect(table.resource.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.resource.DeletionPolicy).toBe('Retain');
  });

  it('encrypts with the AWS managed key', () => {
    expect(table.resource.Properties.SSESpecification).toEqual({ SSEEnabled: true });
  });

  it('expires records through the TTL attribute the store writes', () => {
    expect(table.resource.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: TTL_ATTRIBUTE,
      Enabled: true,
    });
  });

  it('has exactly the keys, attribute types and index of the store', () => {
    expect(table.resource.Properties.KeySchema).toEqual(store.KeySchema);
    expect(table.resource.Properties.GlobalSecondaryIndexes).toEqual(store.GlobalSecondaryIndexes);
    const byName = (a: { AttributeName?: string }, b: { AttributeName?: string }) =>
      String(a.AttributeName).localeCompare(String(b.AttributeName));
    const attributes = [...(table.resource.Properties.AttributeDefinitions as { AttributeName: string }[])];
    expect(attributes.sort(byName)).toEqual([...(store.AttributeDefinitions ?? [])].sort(byName));
  });
});
