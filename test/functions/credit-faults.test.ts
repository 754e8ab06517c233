import { describe, expect, it } from 'vitest';
import { DynamoCreditLedger } from '../../lib/aws/dynamo-credit-ledger';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import type { IngestPorts } from '../../lib/tickets/deps';
import { ingestEmail } from '../../lib/tickets/intake/ingest';
import { exampleDesk } from '../lib/tickets/attributes/support';
import { COMPLETE_BODY, rawEmail } from '../lib/tickets/emails';
import { MONDAY_10 } from '../lib/tickets/fixtures';
import { SETTINGS } from '../lib/tickets/harness';
import { faultCases, startFaultWorld } from '../support/fault-world';
import { FaultPlan } from './fault-plan';

// A new ticket of a customer with credits (policy C): one AWS call fails (throttling, a 5xx, or a
// timeout whose request took effect), then the event is delivered again: one credit consumed.
const { world, fresh, callsOf } = await startFaultWorld('credits');
const itil = exampleDesk('itil');

async function deliverUntilDone(ports: IngestPorts): Promise<void> {
  let now = MONDAY_10 + 5_000;
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      await ingestEmail(
        { sesMessageId: 'ses-1', receivedAt: MONDAY_10 },
        ports,
        { id: `a-${attempt}`, now },
        SETTINGS,
      );
      return;
    } catch {
      now += 2 * SETTINGS.leaseMs;
    }
  }
  throw new Error('never ingested');
}

const request = (ports: IngestPorts) => {
  world.raw.set(
    'ses-1',
    new TextEncoder().encode(rawEmail({ from: 'anna@hosting.example.net', body: COMPLETE_BODY })),
  );
  return deliverUntilDone({ ...ports, desk: itil });
};

describe('a ticket consuming a credit, with one AWS call failing, then redelivered', async () => {
  const cases = faultCases(await callsOf(async () => undefined, request));

  it.each(cases)('%s at call %i: one ticket, one credit consumed', async (kind, failAt) => {
    const { ports, table } = await fresh();
    world.plan = new FaultPlan(failAt, kind);
    await request(ports);
    const tickets = await new DynamoTicketStore(table).list();
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ creditConsumed: true, terms: { credits: 3 } });
    expect(await new DynamoCreditLedger(table).used('hosting.example.net')).toBe(1);
    expect(world.plan.trace).toContain('DynamoDB.UpdateItemCommand');
  });
});
