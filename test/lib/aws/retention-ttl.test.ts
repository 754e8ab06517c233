import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DynamoMessageLog } from '../../../lib/aws/dynamo-message-log';
import { DynamoTicketStore } from '../../../lib/aws/dynamo-ticket-store';
import { ticketPk } from '../../../lib/aws/ticket-item';
import { itemKey, type TableRef } from '../../../lib/aws/ticket-table';
import type { Retention } from '../../../lib/desk/desk';
import type { TicketMessage } from '../../../lib/tickets/model/message';
import { tablePerTest } from '../../support/dynalite';
import { aTicket, MONDAY_10 } from '../tickets/fixtures';

const DAY = 86_400_000;
const RETENTION: Retention = { ticketDays: 730, rawMailDays: 90 };
const seconds = (at: number) => String(Math.ceil(at / 1000));

async function itemsOf(table: TableRef, ticket: string) {
  const out = await table.client.query({
    TableName: table.tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': { S: ticketPk(ticket) } },
  });
  return new Map((out.Items ?? []).map((item) => [item.sk?.S ?? '', item]));
}

const message: TicketMessage = {
  ticket: '2026-000001',
  id: 'ses-1',
  at: MONDAY_10,
  direction: 'in',
  kind: 'request',
  from: 'anna@example.net',
  to: ['support@example.com'],
  subject: 'Login',
  messageIds: ['m1@example.net'],
  rawId: 'ses-1',
  size: 100,
  truncated: false,
};

describe("the desk's retention as the table's TTL", () => {
  let table: TableRef;
  tablePerTest((t) => {
    table = t;
  });

  it('gives a ticket being worked on no expiry, however old', async () => {
    const store = new DynamoTicketStore(table, RETENTION);
    await store.create(aTicket({ status: 'in-progress' }));
    expect((await itemsOf(table, '2026-000001')).get('TICKET')?.expiresAt).toBeUndefined();
  });

  it('expires a closed ticket the retention after its closure, and a reopened one never', async () => {
    const store = new DynamoTicketStore(table, RETENTION);
    const closedAt = MONDAY_10 + 3 * DAY;
    const closed = aTicket({ status: 'closed', resolvedAt: MONDAY_10 + DAY, closedAt });
    await store.create(closed);
    const item = (await itemsOf(table, '2026-000001')).get('TICKET');
    expect(item?.expiresAt?.N).toBe(seconds(closedAt + 730 * DAY));
    await store.save({ ...closed, status: 'in-progress', resolvedAt: null, closedAt: null, version: 2 });
    expect((await itemsOf(table, '2026-000001')).get('TICKET')?.expiresAt).toBeUndefined();
  });

  it('expires a resolved ticket from its resolution', async () => {
    const store = new DynamoTicketStore(table, RETENTION);
    await store.create(aTicket({ status: 'resolved', resolvedAt: MONDAY_10 }));
    expect((await itemsOf(table, '2026-000001')).get('TICKET')?.expiresAt?.N).toBe(
      seconds(MONDAY_10 + 730 * DAY),
    );
  });

  it('expires history and step items, and the thread index, the retention after their own instant', async () => {
    const log = new DynamoMessageLog(table, RETENTION);
    await log.append(message);
    await log.appendStep({
      ticket: '2026-000001',
      id: 'resolve#2',
      action: 'resolve',
      actor: 'operators@example.com',
      at: MONDAY_10 + DAY,
      from: 'in-progress',
      to: 'resolved',
      expectedResolutionAt: null,
      resolutionDeadline: null,
    });
    const items = await itemsOf(table, '2026-000001');
    expect(items.get('MSG#ses-1')?.expiresAt?.N).toBe(seconds(MONDAY_10 + 730 * DAY));
    expect(items.get('STEP#resolve#2')?.expiresAt?.N).toBe(seconds(MONDAY_10 + 731 * DAY));
    const digest = createHash('sha256').update('m1@example.net').digest('hex');
    const thread = await table.client.getItem({
      TableName: table.tableName,
      Key: itemKey(`THREAD#${digest}`, 'THREAD'),
    });
    expect(thread.Item?.expiresAt?.N).toBe(seconds(MONDAY_10 + 730 * DAY));
  });

  it('writes no TTL without a retention (tests, tools)', async () => {
    await new DynamoMessageLog(table).append(message);
    expect((await itemsOf(table, '2026-000001')).get('MSG#ses-1')?.expiresAt).toBeUndefined();
  });
});
