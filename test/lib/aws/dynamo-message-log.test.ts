import { describe, expect, it } from 'vitest';
import { DynamoMessageLog } from '../../../lib/aws/dynamo-message-log';
import type { TableRef } from '../../../lib/aws/ticket-table';
import type { TicketMessage } from '../../../lib/tickets/model/message';
import type { OperatorStepRecord } from '../../../lib/tickets/model/operator-step';
import { tablePerTest } from '../../support/dynalite';
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
});
