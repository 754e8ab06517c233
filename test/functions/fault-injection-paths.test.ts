import { describe, expect, it } from 'vitest';
import { DynamoMessageLog } from '../../lib/aws/dynamo-message-log';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import type { TableRef } from '../../lib/aws/ticket-table';
import { DEFAULT_DESK_FILE } from '../../lib/desk/default-desk';
import { parseDesk } from '../../lib/desk/parse-desk';
import type { IngestPorts } from '../../lib/tickets/deps';
import type { IngestResult } from '../../lib/tickets/intake/ingest';
import { COMPLETE_BODY, rawEmail } from '../lib/tickets/emails';
import { HOUR, MONDAY_10 } from '../lib/tickets/fixtures';
import { SETTINGS } from '../lib/tickets/harness';
import { deliverUntilDone as deliverAgain, faultCases, startFaultWorld } from '../support/fault-world';
import { FaultPlan } from './fault-plan';

// The paths the main fault suite does not walk: a message over the size limit, a reply from a
// third party, and acknowledgements at the throttle's limit. One AWS call fails (throttling, a
// 5xx, or a timeout whose request took effect), then the event is delivered again.
const { world, fresh: freshWorld, callsOf } = await startFaultWorld('paths');

/** The result of delivering the event until it is done. */
async function deliverUntilDone(
  ports: IngestPorts,
  sesId: string,
  receivedAt: number,
): Promise<IngestResult> {
  return (await deliverAgain(ports, sesId, receivedAt)).result;
}

function deliver(ports: IngestPorts, sesId: string, raw: string, receivedAt: number): Promise<IngestResult> {
  world.raw.set(sesId, new TextEncoder().encode(raw));
  return deliverUntilDone(ports, sesId, receivedAt);
}

const noSetup = async () => undefined;
const request = (ports: IngestPorts) => deliver(ports, 'ses-1', rawEmail(), MONDAY_10);
const history = (table: TableRef, ticket = '2026-000001') => new DynamoMessageLog(table).history(ticket);

describe('a message over the size limit, with one AWS call failing, then redelivered', async () => {
  const big = rawEmail({ body: `${COMPLETE_BODY}\n${'x'.repeat(SETTINGS.maxRawBytes + 50_000)}` });
  const oversize = (ports: IngestPorts) => deliver(ports, 'ses-big', big, MONDAY_10);
  const cases = faultCases(await callsOf(noSetup, oversize));

  it.each(cases)(
    '%s at call %i: one ticket, the operators told once, one acknowledgement',
    async (kind, failAt) => {
      const { ports, table } = await freshWorld();
      world.plan = new FaultPlan(failAt, kind);
      await oversize(ports);
      const tickets = await new DynamoTicketStore(table).list();
      expect(tickets.map((t) => t.status)).toEqual(['open']);
      // The size notice, the acknowledgement, then the new ticket's notice: each once.
      expect(world.accepted.map((m) => m.Destinations)).toEqual([
        ['operators@example.com'],
        ['anna@example.net'],
        ['operators@example.com'],
      ]);
      // A number taken by an attempt whose answer was lost is skipped, never reused.
      const kinds = (await history(table, tickets[0]?.number)).map((m) => m.kind).sort();
      expect(kinds).toEqual(['acknowledgement', 'operator-notice', 'operator-notice', 'request']);
      expect(await deliverUntilDone(ports, 'ses-big', MONDAY_10)).toEqual({ outcome: 'duplicate' });
    },
  );
});

describe('a reply from a third party, with one AWS call failing, then redelivered', async () => {
  const stranger = rawEmail({
    from: 'mallory@example.org',
    subject: 'Re: [#2026-000001] Errore',
    messageId: 'mallory-1@example.org',
    body: COMPLETE_BODY,
  });
  const thirdParty = (ports: IngestPorts) => deliver(ports, 'ses-2', stranger, MONDAY_10 + HOUR);
  const cases = faultCases(await callsOf(request, thirdParty));

  it.each(cases)(
    '%s at call %i: one note in the history, counted once, nothing sent',
    async (kind, failAt) => {
      const { ports, table } = await freshWorld();
      await request(ports);
      world.plan = new FaultPlan(failAt, kind);
      await thirdParty(ports);
      const ticket = await new DynamoTicketStore(table).get('2026-000001');
      expect(ticket?.thirdParty).toMatchObject({ kept: 1, counted: 0 });
      expect(ticket?.notes).toEqual([]);
      expect((await history(table)).filter((m) => m.kind === 'note')).toHaveLength(1);
      // Only the request's acknowledgement and notice: the stranger's reply sends nothing.
      expect(world.accepted).toHaveLength(2);
    },
  );
});

describe('the throttle at one acknowledgement an hour, with one AWS call failing', async () => {
  const oneAnHour = parseDesk({ ...DEFAULT_DESK_FILE, ackThrottle: { count: 1, perMinutes: 60 } }, 'test');
  const throttled = (ports: IngestPorts): IngestPorts => ({ ...ports, desk: oneAnHour });
  const first = (ports: IngestPorts) => request(throttled(ports));
  const second = (ports: IngestPorts) =>
    deliver(throttled(ports), 'ses-2', rawEmail({ messageId: 'req-2@mail.example.net' }), MONDAY_10 + 60_000);

  // A timeout whose request took effect is the fault that could count an acknowledgement twice.
  const firstCases = faultCases(await callsOf(noSetup, first)).filter(([kind]) => kind === 'timeout');
  it.each(firstCases)(
    '%s at call %i: the one acknowledgement allowed goes out, once',
    async (kind, failAt) => {
      const { ports } = await freshWorld();
      world.plan = new FaultPlan(failAt, kind);
      await first(ports);
      expect(world.accepted.map((m) => m.Destinations)).toEqual([
        ['anna@example.net'],
        ['operators@example.com'],
      ]);
    },
  );

  const secondCases = faultCases(await callsOf(first, second));
  it.each(secondCases)(
    '%s at call %i: the next request gets a ticket and no acknowledgement',
    async (kind, failAt) => {
      const { ports, table } = await freshWorld();
      await first(ports);
      world.plan = new FaultPlan(failAt, kind);
      await second(ports);
      const tickets = await new DynamoTicketStore(table).list();
      expect(tickets).toHaveLength(2);
      // The first's acknowledgement and notice, the second's notice: no second acknowledgement.
      expect(world.accepted.map((m) => m.Destinations)).toEqual([
        ['anna@example.net'],
        ['operators@example.com'],
        ['operators@example.com'],
      ]);
      const next = tickets.find((t) => t.number !== '2026-000001');
      expect((await history(table, next?.number)).map((m) => m.kind)).toEqual(['request', 'operator-notice']);
    },
  );
});
