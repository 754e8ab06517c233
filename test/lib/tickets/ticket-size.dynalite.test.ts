import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoMessageLog } from '../../../lib/aws/dynamo-message-log';
import { DynamoTicketStore } from '../../../lib/aws/dynamo-ticket-store';
import { ticketPk } from '../../../lib/aws/ticket-item';
import { itemKey } from '../../../lib/aws/ticket-table';
import { defaultDesk } from '../../../lib/desk/default-desk';
import type { IngestPorts } from '../../../lib/tickets/deps';
import { ingestEmail } from '../../../lib/tickets/intake/ingest';
import { THIRD_PARTY_MAX_PER_TICKET } from '../../../lib/tickets/intake/third-party';
import { resolveTicket, takeCharge } from '../../../lib/tickets/steps/lifecycle';
import { type LocalTable, startLocalTable } from '../../support/dynalite';
import { rawEmail } from './emails';
import {
  MemoryCreditLedger,
  MemoryRawSource,
  MemoryThrottle,
  MemoryWorkLog,
  RecordingMailSender,
  RecordingScheduler,
} from './fakes';
import { AS_OPERATOR, HOUR, MONDAY_10 } from './fixtures';
import { SETTINGS } from './harness';

// One ticket flooded with long replies from strangers and the customer, stored in the real
// DynamoDB-compatible server: its item must stay far under DynamoDB's 400 KB, and the ticket
// must go on working. Before the history lived beside the ticket, ~100 such replies broke it.
const TICKET = '2026-000001';
const STRANGERS = 1000;
/** One customer reply after every fourth stranger's. */
const CUSTOMER_EVERY = 4;
const CUSTOMER_REPLIES = STRANGERS / CUSTOMER_EVERY;
/** Far under the 400 KB DynamoDB allows an item. */
const ITEM_BUDGET = 40 * 1024;
/** About 4.5 KB of text in each reply, more than the 4,000 characters a third party's note used to copy. */
const LONG_TEXT = 'Testo lungo di una risposta che nessuno ha chiesto, ripetuto. '.repeat(72);

/** An item's size as DynamoDB counts it: attribute names plus values, in UTF-8 bytes. */
function itemSize(item: Record<string, AttributeValue>): number {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  return Object.entries(item).reduce(
    (sum, [name, value]) => sum + bytes(name) + bytes(value.S ?? value.N ?? ''),
    0,
  );
}

let table: LocalTable;
let ports: IngestPorts;
let raw: MemoryRawSource;
let mail: RecordingMailSender;

beforeAll(async () => {
  table = await startLocalTable();
  raw = new MemoryRawSource();
  mail = new RecordingMailSender();
  ports = {
    desk: defaultDesk(),
    tickets: new DynamoTicketStore(table),
    messages: new DynamoMessageLog(table),
    // The work log's records are not the ticket's: in memory, to keep 1,300 deliveries fast.
    work: new MemoryWorkLog(),
    mail,
    scheduler: new RecordingScheduler(),
    raw,
    throttle: new MemoryThrottle(),
    credits: new MemoryCreditLedger(),
  };
});
afterAll(async () => table.stop());

let deliveries = 0;
function deliver(text: string, at: number) {
  deliveries += 1;
  const sesId = `ses-${deliveries}`;
  raw.put(sesId, text);
  return ingestEmail({ sesMessageId: sesId, receivedAt: at }, ports, { id: sesId, now: at }, SETTINGS);
}

function reply(from: string, messageId: string, body: string): string {
  return rawEmail({
    from,
    subject: `Re: [#${TICKET}] Errore nella pagina di login`,
    messageId,
    body,
    screenshot: false,
  });
}

async function storedItem(): Promise<Record<string, AttributeValue>> {
  const out = await table.client.getItem({
    TableName: table.tableName,
    Key: itemKey(ticketPk(TICKET), 'TICKET'),
    ConsistentRead: true,
  });
  if (!out.Item) throw new Error('no ticket item');
  return out.Item;
}

describe('a ticket flooded with replies, in DynamoDB', () => {
  it(`stays under ${ITEM_BUDGET / 1024} KB after ${STRANGERS} long replies from strangers and ${CUSTOMER_REPLIES} from the customer, and still works`, async () => {
    expect(await deliver(rawEmail(), MONDAY_10)).toMatchObject({ outcome: 'created', ticket: TICKET });
    let at = MONDAY_10 + 1000;
    for (let i = 1; i <= STRANGERS; i++) {
      at += 1000;
      await deliver(
        reply(`stranger-${i % 200}@example.org`, `s-${i}@mail.example.org`, `${i} ${LONG_TEXT}`),
        at,
      );
      if (i % CUSTOMER_EVERY === 0) {
        await deliver(
          reply('anna@example.net', `anna-${i}@mail.example.net`, `Ancora io, ${i}. ${LONG_TEXT}`),
          at + 1,
        );
      }
    }
    const size = itemSize(await storedItem());
    console.info(`ticket item after ${deliveries} messages: ${size} bytes`);
    expect(size).toBeLessThan(ITEM_BUDGET);

    const ticket = await ports.tickets.get(TICKET);
    expect(ticket?.thirdParty).toEqual(
      expect.objectContaining({
        kept: THIRD_PARTY_MAX_PER_TICKET,
        counted: STRANGERS - THIRD_PARTY_MAX_PER_TICKET,
      }),
    );
    const history = await ports.messages.history(TICKET);
    expect(history.filter((m) => m.kind === 'note')).toHaveLength(THIRD_PARTY_MAX_PER_TICKET);
    expect(history.filter((m) => m.kind === 'reply')).toHaveLength(CUSTOMER_REPLIES);

    // The customer's reply, take charge and resolve all still work, threaded on the latest message.
    const last = await deliver(reply('anna@example.net', 'anna-last@mail.example.net', 'Ultima.'), at + 10);
    expect(last).toMatchObject({ outcome: 'reply', change: 'appended' });
    const steps = { id: 'op', now: at + HOUR };
    const taken = await takeCharge(
      ports,
      TICKET,
      { ...AS_OPERATOR, expectedResolutionAt: null },
      steps,
      SETTINGS,
    );
    expect(taken.ticket.status).toBe('in-progress');
    const resolved = await resolveTicket(
      ports,
      TICKET,
      AS_OPERATOR,
      { id: 'op2', now: at + 2 * HOUR },
      SETTINGS,
    );
    expect(resolved).toMatchObject({ changed: true, notified: true, ticket: { status: 'resolved' } });
    const lastEmail = new TextDecoder().decode(mail.sent.at(-1)?.raw);
    expect(lastEmail).toMatch(/^In-Reply-To: <anna-last@mail\.example\.net>$/m);
    expect(itemSize(await storedItem())).toBeLessThan(ITEM_BUDGET);
    // Some 1,500 ingestions against dynalite, each customer reply with its notice: about half a
    // minute alone, several on a machine shared with other suites.
  }, 240_000);
});
