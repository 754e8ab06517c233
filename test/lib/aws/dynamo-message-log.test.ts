import type { BatchWriteItemInput } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoMessageLog } from '../../../lib/aws/dynamo-message-log';
import type { TableRef } from '../../../lib/aws/ticket-table';
import type { TicketMessage } from '../../../lib/tickets/model/message';
import type { OperatorStepRecord } from '../../../lib/tickets/model/operator-step';
import { countingTable, tablePerTest } from '../../support/dynalite';
import { MONDAY_10 } from '../tickets/fixtures';

const request: TicketMessage = {
  ticket: '2026-000042',
  id: 'ses-1',
  at: MONDAY_10,
  direction: 'in',
  kind: 'request',
  from: 'anna@example.net',
  to: ['support@example.com'],
  subject: 'Login broken',
  messageIds: ['abc@mail.example.net'],
  rawId: 'ses-1',
  size: 1234,
  truncated: false,
};
const ack: TicketMessage = {
  ...request,
  id: 'ack-1',
  at: MONDAY_10 + 1000,
  direction: 'out',
  kind: 'acknowledgement',
  messageIds: ['2026-000042.ack@example.com', '0100abc@email.amazonses.com'],
};

const step: OperatorStepRecord = {
  ticket: '2026-000042',
  id: 'take-charge#3',
  action: 'take-charge',
  actor: 'operators@example.com',
  at: MONDAY_10 + 5000,
  from: 'open',
  to: 'in-progress',
  expectedResolutionAt: MONDAY_10 + 86_400_000,
  resolutionDeadline: null,
};

describe('DynamoMessageLog against dynalite', () => {
  let log: DynamoMessageLog;
  let ref: TableRef;
  tablePerTest((table) => {
    ref = table;
    log = new DynamoMessageLog(table);
  });

  it('keeps what a received message said: own words, cut mark and attachments', async () => {
    const withWords: TicketMessage = {
      ...request,
      ownWords: 'La pagina di login dà errore 500.',
      ownWordsCut: true,
      attachments: [{ name: 'screen.png', type: 'image/png', size: 70, inline: false }],
      attachmentCount: 51,
    };
    await log.append(withWords);
    expect(await log.history('2026-000042')).toEqual([withWords]);
  });

  it('still reads a message logged before own words and attachments were kept', async () => {
    // `request` has none of the new fields: written as the adapter of before wrote it
    const old = { ...request };
    expect(Object.keys(old)).not.toContain('ownWords');
    await ref.client.putItem({
      TableName: ref.tableName,
      Item: { pk: { S: 'TICKET#2026-000042' }, sk: { S: 'MSG#ses-1' }, doc: { S: JSON.stringify(old) } },
    });
    expect(await log.history('2026-000042')).toEqual([request]);
  });

  it('logs an operator step once, the first record staying, apart from the messages', async () => {
    await log.append(request);
    await log.appendStep(step);
    await log.appendStep({ ...step, actor: 'someone@example.com', at: step.at + 1 });
    const second = {
      ...step,
      id: 'resolve#5',
      action: 'resolve' as const,
      at: step.at + 10,
      from: 'in-progress' as const,
      to: 'resolved' as const,
      expectedResolutionAt: null,
    };
    await log.appendStep(second);
    expect(await log.steps('2026-000042')).toEqual([step, second]);
    expect(await log.history('2026-000042')).toEqual([request]);
    expect(await log.steps('2026-000001')).toEqual([]);
  });

  it('keeps a ticket history in order, once per message however often it is appended', async () => {
    await log.append(ack);
    await log.append(request);
    await log.append(request);
    expect(await log.history('2026-000042')).toEqual([request, ack]);
  });

  it.each([
    ['the customer message', ['abc@mail.example.net']],
    ['the Message-ID SES rewrote ours to', ['0100abc@email.amazonses.com']],
    ['an unknown id followed by ours', ['nobody@example.org', '2026-000042.ack@example.com']],
  ])('finds the ticket from %s', async (_, ids) => {
    await log.append(request);
    await log.append(ack);
    expect(await log.findTicket(ids)).toBe('2026-000042');
  });

  it('finds nothing for ids it never saw, or none at all', async () => {
    await log.append(request);
    expect(await log.findTicket(['nobody@example.org'])).toBeNull();
    expect(await log.findTicket([])).toBeNull();
  });

  it('writes messages, their index items and steps in one BatchWriteItem, and finds each again', async () => {
    const calls: string[] = [];
    const counted = new DynamoMessageLog(countingTable(ref, calls));
    await counted.appendAll({ messages: [request, ack], steps: [step] });
    expect(calls).toEqual(['batchWriteItem']);
    expect(await log.history('2026-000042')).toEqual([request, ack]);
    expect(await log.steps('2026-000042')).toEqual([step]);
    expect(await log.find('2026-000042', 'ack-1')).toEqual(ack);
    expect(await log.find('2026-000042', 'ack-2')).toBeNull();
    expect(await log.findTicket(['abc@mail.example.net'])).toBe('2026-000042');
  });

  it('writes more than 25 items in as many batches as it takes', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...request,
      id: `ses-${i}`,
      at: request.at + i,
      messageIds: [`m${i}@mail.example.net`],
    }));
    await log.appendAll({ messages: many, steps: [] });
    expect(await log.history('2026-000042')).toHaveLength(30);
    expect(await log.findTicket(['m29@mail.example.net'])).toBe('2026-000042');
  });

  it('indexes the two SES forms of one email as one item, found by either', async () => {
    const sent = { ...ack, messageIds: ['0100xyz@email.amazonses.com', '0100xyz@eu-west-1.amazonses.com'] };
    await log.appendAll({ messages: [sent], steps: [] });
    expect(await log.findTicket(['0100xyz@eu-west-1.amazonses.com'])).toBe('2026-000042');
    expect(await log.findTicket(['0100xyz@email.amazonses.com'])).toBe('2026-000042');
    // Neither form has an item under its own id's key, as each had before.
    const { createHash } = await import('node:crypto');
    for (const id of sent.messageIds) {
      const own = await ref.client.getItem({
        TableName: ref.tableName,
        Key: { pk: { S: `THREAD#${createHash('sha256').update(id).digest('hex')}` }, sk: { S: 'THREAD' } },
      });
      expect(own.Item).toBeUndefined();
    }
  });

  it('finds an SES id indexed before the two forms shared an item', async () => {
    const { createHash } = await import('node:crypto');
    const id = '0100old@eu-west-1.amazonses.com';
    await ref.client.putItem({
      TableName: ref.tableName,
      Item: {
        pk: { S: `THREAD#${createHash('sha256').update(id).digest('hex')}` },
        sk: { S: 'THREAD' },
        ticket: { S: '2026-000007' },
        messageId: { S: id },
      },
    });
    expect(await log.findTicket([id])).toBe('2026-000007');
  });

  it('sends again what DynamoDB left unprocessed, and says so when it never goes', async () => {
    let refusals = 2;
    const flaky = new DynamoMessageLog({
      ...ref,
      client: new Proxy(ref.client, {
        get(target, name, receiver) {
          if (name !== 'batchWriteItem') return Reflect.get(target, name, receiver);
          return async (input: BatchWriteItemInput) => {
            if (refusals-- > 0) return { UnprocessedItems: input.RequestItems };
            return target.batchWriteItem(input);
          };
        },
      }),
    });
    await flaky.appendAll({ messages: [request], steps: [] });
    expect(await log.history('2026-000042')).toEqual([request]);
    refusals = Number.POSITIVE_INFINITY;
    await expect(flaky.appendAll({ messages: [ack], steps: [] })).rejects.toThrow(/left unprocessed/);
  });
});
