import { describe, expect, it } from 'vitest';
import { TICKET_TABLE_DESIGN } from '../../infra/ticket-table';
import { synthDesk } from './support/desk-app';
import { onlyResource } from './support/template';

const { template } = synthDesk();
const table = onlyResource(template, 'AWS::DynamoDB::Table');

describe('TicketTable', () => {
  it('bills on demand', () => {
    expect(table.resource.Properties.BillingMode).toBe('PAY_PER_REQUEST');
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
      AttributeName: TICKET_TABLE_DESIGN.timeToLiveAttribute,
      Enabled: true,
    });
  });

  it('has the keys and the status-deadline index the store queries', () => {
    const index = TICKET_TABLE_DESIGN.statusDeadlineIndex;
    expect(table.resource.Properties.KeySchema).toEqual([
      { AttributeName: TICKET_TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
      { AttributeName: TICKET_TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.resource.Properties.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
  });
});
