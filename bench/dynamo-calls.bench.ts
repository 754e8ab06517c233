import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { DynamoAckThrottle } from '../lib/aws/dynamo-ack-throttle';
import { HttpDynamoDb } from '../lib/aws/dynamo-api';
import { DynamoCreditLedger } from '../lib/aws/dynamo-credit-ledger';
import { DynamoMessageLog } from '../lib/aws/dynamo-message-log';
import { DynamoTicketStore } from '../lib/aws/dynamo-ticket-store';
import { DynamoWorkLog } from '../lib/aws/dynamo-work-log';
import { createTicketTable, type TableRef } from '../lib/aws/ticket-table';
import { defaultDesk } from '../lib/desk/default-desk';
import type { IngestPorts } from '../lib/tickets/deps';
import { ingestEmail } from '../lib/tickets/intake/ingest';
import { sendReminder } from '../lib/tickets/reminders/send-reminder';
import { runOperatorStep } from '../lib/tickets/steps/operator-steps';
import { INCOMPLETE, rawEmail } from '../test/lib/tickets/emails';
import { MemoryRawSource, RecordingMailSender, RecordingScheduler } from '../test/lib/tickets/fakes';
import { HOUR, MONDAY_10, OPERATOR } from '../test/lib/tickets/fixtures';
import { SETTINGS } from '../test/lib/tickets/harness';

// DynamoDB calls per kind of message or step, counted where they arrive: at the DynamoDB-compatible
// server, by operation, whatever client made them. Beside each count: the target, and the
// least an exactly-once design needs (see the minimums below). A count is exact, not timed: one run
// is the figure on any machine.

const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);

/** The least each kind needs, and why: what exactly-once cannot do without. */
const MINIMUM: Readonly<Record<string, { calls: number; why: string }>> = {
  'new complete request': { calls: 4, why: 'claim, number, ticket with history, finish' },
  'new incomplete request': { calls: 4, why: 'as a complete one' },
  'new request, sender acknowledged within the hour': { calls: 4, why: 'as a complete one' },
  'reply completing a request': { calls: 4, why: 'claim, thread lookup, ticket update, finish' },
  'ignored auto-reply': { calls: 0, why: 'no effect to make once' },
  'take charge': { calls: 2, why: 'read, conditional write with its step' },
  resolve: { calls: 2, why: 'read, conditional write with its step' },
  close: { calls: 2, why: 'read, conditional write with its step' },
  'a reminder': { calls: 2, why: 'read the ticket, record the reminder sent' },
};

/** The targets (issue 15). */
const TARGET: Readonly<Record<string, string>> = {
  'new complete request': '<= 8',
  'reply completing a request': '<= 10',
  'ignored auto-reply': '<= 1 write',
  'take charge': '<= 5',
  resolve: '<= 5',
  close: '<= 5',
  'a reminder': '<= 4',
};

const dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
const counted: string[] = [];
// Every request passes here; X-Amz-Target names the operation (`DynamoDB_20120810.PutItem`).
dynamo.on('request', (request: IncomingMessage) => {
  const target = request.headers['x-amz-target'];
  if (typeof target === 'string') counted.push(target.split('.').pop() ?? target);
});
await new Promise<void>((resolve) => dynamo.listen(0, '127.0.0.1', () => resolve()));
// The hand-signed client the Lambda functions use.
const client = new HttpDynamoDb({
  endpoint: new URL(`http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`),
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  maxAttempts: 1,
});

// Write units as DynamoDB bills them (1 per KB of each item written, rounded up), from the
// ConsumedCapacity the server returns, plus the status index's copy of each ticket written (its
// projection is ALL: the same size again), which dynalite does not count itself.
let writeUnits = 0;
const WRITES = new Set(['putItem', 'updateItem', 'batchWriteItem']);
function unitsOf(out: unknown): number {
  const consumed = (out as { ConsumedCapacity?: unknown }).ConsumedCapacity;
  const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  return list.reduce((sum: number, c: { CapacityUnits?: number }) => sum + (c.CapacityUnits ?? 0), 0);
}
const metered = new Proxy(client, {
  get(target, name, receiver) {
    const value = Reflect.get(target, name, receiver);
    if (typeof value !== 'function' || !WRITES.has(String(name))) return value;
    return async (input: { Item?: Record<string, unknown> }) => {
      const out: unknown = await value.call(target, { ...input, ReturnConsumedCapacity: 'TOTAL' });
      const units = unitsOf(out);
      writeUnits += input.Item && 'status' in input.Item ? 2 * units : units;
      return out;
    };
  },
});

const AUTO_REPLY = [
  'From: Anna <anna@example.net>',
  'To: support@example.com',
  'Subject: Risposta automatica: [#2026-000001] Errore',
  'Auto-Submitted: auto-replied',
  'Message-ID: <auto-1@example.net>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Sono fuori ufficio fino a lunedì.',
  '',
].join('\r\n');

function portsOn(table: TableRef, raw: MemoryRawSource): IngestPorts {
  return {
    desk: defaultDesk(),
    tickets: new DynamoTicketStore(table),
    messages: new DynamoMessageLog(table),
    work: new DynamoWorkLog(table),
    throttle: new DynamoAckThrottle(table),
    credits: new DynamoCreditLedger(table),
    mail: new RecordingMailSender(),
    scheduler: new RecordingScheduler(),
    raw,
  };
}

let tables = 0;
async function freshPorts(): Promise<{ ports: IngestPorts; raw: MemoryRawSource }> {
  tables += 1;
  const table = { client: metered, tableName: `calls-${tables}` };
  await createTicketTable(client, table.tableName);
  const raw = new MemoryRawSource();
  return { ports: portsOn(table, raw), raw };
}

let events = 0;
function receive(ports: IngestPorts, raw: MemoryRawSource, message: string, at: number) {
  events += 1;
  const sesId = `ses-${events}`;
  raw.put(sesId, message);
  return ingestEmail(
    { sesMessageId: sesId, receivedAt: at },
    ports,
    { id: `a-${events}`, now: at + 5_000 },
    SETTINGS,
  );
}

function step(ports: IngestPorts, action: 'take-charge' | 'resolve' | 'close', at: number) {
  const input = action === 'take-charge' ? { action, expectedAt: null } : { action };
  return runOperatorStep(
    ports,
    '2026-000001',
    input,
    { actor: OPERATOR },
    { id: `s-${at}`, now: at },
    SETTINGS,
  );
}

type Scenario = (ports: IngestPorts, raw: MemoryRawSource) => Promise<unknown>;
const request: Scenario = (ports, raw) => receive(ports, raw, rawEmail(), MONDAY_10);
const incomplete: Scenario = (ports, raw) => receive(ports, raw, rawEmail(INCOMPLETE), MONDAY_10);
const completing: Scenario = (ports, raw) =>
  receive(
    ports,
    raw,
    rawEmail({
      subject: 'Re: [#2026-000001] Errore nella pagina di login',
      messageId: 'reply-1@mail.example.net',
    }),
    MONDAY_10 + HOUR,
  );
const taken: Scenario = async (ports, raw) => {
  await request(ports, raw);
  await step(ports, 'take-charge', MONDAY_10 + HOUR);
};
const resolved: Scenario = async (ports, raw) => {
  await taken(ports, raw);
  await step(ports, 'resolve', MONDAY_10 + 2 * HOUR);
};

/** `[kind, setup, measured]`: the calls of `measured` are counted after `setup` ran on a fresh table. */
const KINDS: readonly (readonly [string, Scenario | null, Scenario])[] = [
  ['new complete request', null, request],
  ['new incomplete request', null, incomplete],
  [
    'new request, sender acknowledged within the hour',
    request,
    (ports, raw) =>
      receive(
        ports,
        raw,
        rawEmail({ subject: 'Altro errore', messageId: 'req-2@mail.example.net' }),
        MONDAY_10 + 60_000,
      ),
  ],
  ['reply completing a request', incomplete, completing],
  ['ignored auto-reply', request, (ports, raw) => receive(ports, raw, AUTO_REPLY, MONDAY_10 + HOUR)],
  ['take charge', request, (ports) => step(ports, 'take-charge', MONDAY_10 + HOUR)],
  ['resolve', taken, (ports) => step(ports, 'resolve', MONDAY_10 + 2 * HOUR)],
  ['close', resolved, (ports) => step(ports, 'close', MONDAY_10 + 3 * HOUR)],
  [
    'a reminder',
    request,
    (ports) =>
      sendReminder(
        { ticket: '2026-000001', kind: 'take-charge-warning' },
        ports,
        { id: 'fire-1', now: MONDAY_10 + 3 * HOUR },
        SETTINGS,
      ),
  ],
];

const rows: string[][] = [];
for (const [kind, setup, measured] of KINDS) {
  const { ports, raw } = await freshPorts();
  if (setup) await setup(ports, raw);
  counted.length = 0;
  writeUnits = 0;
  await measured(ports, raw);
  const reads = counted.filter((op) => READS.has(op)).length;
  const writes = counted.length - reads;
  const byOp = new Map<string, number>();
  for (const op of counted) byOp.set(op, (byOp.get(op) ?? 0) + 1);
  const ops = [...byOp].map(([op, n]) => `${op} ${n}`).join(', ');
  const minimum = MINIMUM[kind];
  rows.push([
    kind,
    String(counted.length),
    `${reads} / ${writes}`,
    String(writeUnits),
    TARGET[kind] ?? '-',
    minimum ? `${minimum.calls} (${minimum.why})` : '-',
    ops,
  ]);
}
await new Promise<void>((resolve) => dynamo.close(() => resolve()));

const header = ['kind', 'calls', 'reads / writes', 'write units', 'target', 'minimum', 'by operation'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
for (const row of [header, ...rows])
  process.stdout.write(
    `${row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()}\n`,
  );
