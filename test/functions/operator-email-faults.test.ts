import { describe, expect, it } from 'vitest';
import { DynamoMessageLog } from '../../lib/aws/dynamo-message-log';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import type { TableRef } from '../../lib/aws/ticket-table';
import type { IngestPorts } from '../../lib/tickets/deps';
import type { IngestResult } from '../../lib/tickets/intake/ingest';
import { rawEmail } from '../lib/tickets/emails';
import { HOUR, MONDAY_10, OPERATOR } from '../lib/tickets/fixtures';
import { deliverUntilDone as deliverAgain, faultCases, startFaultWorld } from '../support/fault-world';
import { FaultPlan } from './fault-plan';

const ANSWER_AT = MONDAY_10 + 2 * HOUR;
const CUSTOMER = 'anna@example.net';

const { world, fresh: freshWorld, callsOf } = await startFaultWorld('operator');

/** The result of delivering the event until it is done. */
async function deliverUntilDone(
  ports: IngestPorts,
  sesId: string,
  receivedAt: number,
): Promise<IngestResult> {
  return (await deliverAgain(ports, sesId, receivedAt)).result;
}

const createRequest = async (ports: IngestPorts) => {
  world.raw.set('ses-1', new TextEncoder().encode(rawEmail()));
  return deliverUntilDone(ports, 'ses-1', MONDAY_10);
};

/** Three steps in one email: take charge, correct the priority, assign; the text goes with the take-charge. */
const operatorEmail = async (ports: IngestPorts) => {
  const raw = [
    `From: Mario <${OPERATOR}>`,
    'To: support@example.com',
    'Subject: Re: [#2026-000001] Errore nella pagina di login',
    'Message-ID: <op-1@example.com>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '#take',
    '#priority P1',
    `#assign ${OPERATOR}`,
    'Ci stiamo lavorando.',
    '',
  ].join('\r\n');
  world.raw.set('ses-op', new TextEncoder().encode(raw));
  return deliverUntilDone(ports, 'ses-op', ANSWER_AT);
};

async function onlyTicket(table: TableRef) {
  const tickets = await new DynamoTicketStore(table).list();
  expect(tickets).toHaveLength(1);
  return tickets[0]!;
}

describe('an operator email of three steps with one AWS call failing, then redelivered', async () => {
  const calls = await callsOf(createRequest, operatorEmail);
  const cases = faultCases(calls);

  it('makes a clean run of a few dozen calls', () => {
    expect(calls).toBeGreaterThan(10);
  });

  it.each(cases)(
    '%s at call %i: every step once, one email to the customer, schedules of the new priority',
    async (kind, failAt) => {
      const { ports, table } = await freshWorld();
      await createRequest(ports);
      const toCustomerBefore = world.accepted.filter((m) => m.Destinations?.includes(CUSTOMER)).length;
      world.plan = new FaultPlan(failAt, kind);
      await operatorEmail(ports);
      const ticket = await onlyTicket(table);
      expect(ticket).toMatchObject({ status: 'in-progress', priority: 'P1', assignee: OPERATOR });
      const toCustomer = world.accepted.filter((m) => m.Destinations?.includes(CUSTOMER));
      expect(toCustomer).toHaveLength(toCustomerBefore + 1);
      const steps = await new DynamoMessageLog(table).steps(ticket.number);
      expect(steps.map((s) => s.action)).toEqual(['take-charge', 'priority', 'assign']);
      const names = ['resolution-due', 'resolution-warning'].map((k) => `${ticket.number}-${k}`);
      expect([...world.schedules.keys()].sort()).toEqual(names);
      expect(world.schedules.get(`${ticket.number}-resolution-due`)).toBeDefined();
      const history = await new DynamoMessageLog(table).history(ticket.number);
      expect(history.filter((m) => m.kind === 'operator-email')).toHaveLength(1);
      expect((await deliverUntilDone(ports, 'ses-op', ANSWER_AT)).outcome).toBe('duplicate');
      expect(world.accepted.filter((m) => m.Destinations?.includes(CUSTOMER))).toHaveLength(
        toCustomerBefore + 1,
      );
    },
  );
});
