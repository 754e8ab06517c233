import { describe, expect, it } from 'vitest';
import { DynamoMessageLog } from '../../../lib/aws/dynamo-message-log';
import type { TicketMessage } from '../../../lib/tickets/message';
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

describe('DynamoMessageLog against dynalite', () => {
  let log: DynamoMessageLog;
  tablePerTest((table) => {
    log = new DynamoMessageLog(table);
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
