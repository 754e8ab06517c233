import { describe, expect, it } from 'vitest';
import { DynamoMessageLog } from '../../lib/aws/dynamo-message-log';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import type { TableRef } from '../../lib/aws/ticket-table';
import type { IngestPorts } from '../../lib/tickets/deps';
import { type IngestResult, ingestEmail } from '../../lib/tickets/intake/ingest';
import { rawEmail } from '../lib/tickets/emails';
import { HOUR, MONDAY_10, OPERATOR } from '../lib/tickets/fixtures';
import { SETTINGS } from '../lib/tickets/harness';
import { LAWYER, teamDesk } from '../lib/tickets/team-desk';
import { faultCases, startFaultWorld } from '../support/fault-world';
import { FaultPlan } from './fault-plan';

const ANSWER_AT = MONDAY_10 + 2 * HOUR;
const CUSTOMER = 'anna@example.net';
const desk = teamDesk();

const { world, fresh, callsOf } = await startFaultWorld('escalate');

/** The fault world's adapters working for a desk with teams. */
async function freshWorld(): Promise<{ ports: IngestPorts; table: TableRef }> {
  const { ports, table } = await fresh();
  return { ports: { ...ports, desk }, table };
}

/** Delivers the event like Lambda: again after a failure, once the failed attempt's lease has expired. */
async function deliverUntilDone(
  ports: IngestPorts,
  sesId: string,
  receivedAt: number,
): Promise<IngestResult> {
  let now = receivedAt + 5_000;
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      return await ingestEmail(
        { sesMessageId: sesId, receivedAt },
        ports,
        { id: `${sesId}-${attempt}`, now },
        SETTINGS,
      );
    } catch {
      now += 2 * SETTINGS.leaseMs;
    }
  }
  throw new Error(`${sesId} was never ingested`);
}

const createRequest = async (ports: IngestPorts) => {
  world.raw.set('ses-1', new TextEncoder().encode(rawEmail()));
  return deliverUntilDone({ ...ports, desk }, 'ses-1', MONDAY_10);
};

/** The first level hands the ticket to legal by email. */
const escalationEmail = async (ports: IngestPorts) => {
  const raw = [
    `From: Mario <${OPERATOR}>`,
    'To: support@example.com',
    'Subject: Re: [#2026-000001] Errore nella pagina di login',
    'Message-ID: <op-esc@example.com>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '#escalate legal',
    '',
  ].join('\r\n');
  world.raw.set('ses-op', new TextEncoder().encode(raw));
  return deliverUntilDone({ ...ports, desk }, 'ses-op', ANSWER_AT);
};

const toLegal = () => world.accepted.filter((m) => m.Destinations?.includes(LAWYER));

async function onlyTicket(table: TableRef) {
  const tickets = await new DynamoTicketStore(table).list();
  expect(tickets).toHaveLength(1);
  return tickets[0]!;
}

describe('an escalation by email with one AWS call failing, then redelivered', async () => {
  const calls = await callsOf(createRequest, escalationEmail);
  const cases = faultCases(calls);

  it('makes a clean run of a few dozen calls, sending legal one notice', () => {
    expect(calls).toBeGreaterThan(10);
  });

  it.each(cases)(
    '%s at call %i: the escalation appended once, the team told once, the customer never',
    async (kind, failAt) => {
      const { ports, table } = await freshWorld();
      await createRequest(ports);
      const toCustomerBefore = world.accepted.filter((m) => m.Destinations?.includes(CUSTOMER)).length;
      expect(toLegal()).toHaveLength(0);
      world.plan = new FaultPlan(failAt, kind);
      await escalationEmail(ports);
      const ticket = await onlyTicket(table);
      expect(ticket).toMatchObject({
        team: 'legal',
        escalations: [{ team: 'legal', at: expect.any(Number), actor: OPERATOR }],
      });
      expect(ticket.escalations).toHaveLength(1);
      expect(toLegal()).toHaveLength(1);
      expect(world.accepted.filter((m) => m.Destinations?.includes(CUSTOMER))).toHaveLength(toCustomerBefore);
      const log = new DynamoMessageLog(table);
      expect((await log.steps(ticket.number)).map((s) => s.action)).toEqual(['escalate']);
      const history = await log.history(ticket.number);
      expect(history.filter((m) => m.kind === 'operator-email')).toHaveLength(1);
      expect(history.filter((m) => m.direction === 'out' && m.to.includes(LAWYER))).toHaveLength(1);
      // The deadlines' reminders re-planned: the same four names, none lost to a failed delete.
      const names = ['resolution-due', 'resolution-warning', 'take-charge-due', 'take-charge-warning'];
      expect([...world.schedules.keys()].sort()).toEqual(names.map((k) => `${ticket.number}-${k}`));
      expect((await deliverUntilDone(ports, 'ses-op', ANSWER_AT)).outcome).toBe('duplicate');
      expect(toLegal()).toHaveLength(1);
      expect((await onlyTicket(table)).escalations).toHaveLength(1);
    },
  );
});
