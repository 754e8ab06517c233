import { describe, expect, it } from 'vitest';
import { DynamoMessageLog } from '../../../lib/aws/dynamo-message-log';
import { DynamoTicketStore } from '../../../lib/aws/dynamo-ticket-store';
import type { TableRef } from '../../../lib/aws/ticket-table';
import type { IngestPorts } from '../../../lib/tickets/deps';
import { ingestEmail } from '../../../lib/tickets/intake/ingest';
import { reopenTicket, resolveTicket } from '../../../lib/tickets/steps/lifecycle';
import { FaultPlan } from '../../functions/fault-plan';
import { faultCases, startFaultWorld } from '../../support/fault-world';
import { rawEmail } from './emails';
import { AS_OPERATOR, HOUR, MONDAY_10 } from './fixtures';
import { SETTINGS } from './harness';

// Reopening with the real adapters over dynalite and SES/Scheduler mocks: one AWS call fails
// (throttling, 5xx, or a timeout whose request took effect), then the work is redone.
const RESOLVED_AT = MONDAY_10 + HOUR;
const REPLY_AT = MONDAY_10 + 49 * HOUR;
const ROUND_ONE = ['2026-000001-r1-resolution-due', '2026-000001-r1-resolution-warning'];

const faults = await startFaultWorld('reopen');
const { world, fresh: freshWorld } = faults;

/** Runs `work` until it succeeds, as Lambda or an operator would, later each time (past any lease). */
async function untilDone<T>(work: (now: number, attempt: number) => Promise<T>, start: number): Promise<T> {
  for (let attempt = 1, now = start; attempt <= 4; attempt++, now += 2 * SETTINGS.leaseMs) {
    try {
      return await work(now, attempt);
    } catch {
      // failed once by design: try again
    }
  }
  throw new Error('never succeeded');
}

function deliver(ports: IngestPorts, sesId: string, receivedAt: number, raw: string) {
  world.raw.set(sesId, new TextEncoder().encode(raw));
  return untilDone(
    (now, attempt) =>
      ingestEmail({ sesMessageId: sesId, receivedAt }, ports, { id: `${sesId}-${attempt}`, now }, SETTINGS),
    receivedAt + 5_000,
  );
}

/** A complete request, resolved by an operator an hour later without being taken in charge. */
async function resolvedRequest(ports: IngestPorts): Promise<void> {
  await deliver(ports, 'ses-1', MONDAY_10, rawEmail());
  await resolveTicket(ports, '2026-000001', AS_OPERATOR, { id: 'resolve', now: RESOLVED_AT }, SETTINGS);
}

const reopenByReply = (ports: IngestPorts) =>
  deliver(
    ports,
    'ses-2',
    REPLY_AT,
    rawEmail({ subject: 'Re: [#2026-000001] Errore', messageId: 'reply-1@mail.example.net' }),
  );
// Each retry is by another operator: the step's record must name the one whose attempt did it.
const OPERATORS = ['operators@example.com', 'marta@example.com'];
const reopenByOperator = (ports: IngestPorts) =>
  untilDone(
    (now, attempt) =>
      reopenTicket(
        { ...ports, desk: { ...ports.desk, operatorAddresses: OPERATORS } },
        '2026-000001',
        { actor: OPERATORS[(attempt - 1) % 2]! },
        { id: `reopen-${attempt}`, now },
        SETTINGS,
      ),
    REPLY_AT,
  );

const callsOf = (scenario: (ports: IngestPorts) => Promise<unknown>) =>
  faults.callsOf(resolvedRequest, scenario);

async function theTicket(table: TableRef) {
  const ticket = await new DynamoTicketStore(table).get('2026-000001');
  if (!ticket) throw new Error('no ticket');
  return ticket;
}

const RESOLVED = ['resolve', 'operators@example.com'];
// The request's acknowledgement and the operators' notice of the new ticket, then the resolution.
const BEFORE = ['anna@example.net', 'operators@example.com', 'anna@example.net'];
describe.each([
  // ... and the operators' notice of the reopening
  ['a customer reply', reopenByReply, [...BEFORE, 'operators@example.com'], [RESOLVED]],
  // ... and the reopening the operator's command tells the customer of
  [
    'the operator',
    reopenByOperator,
    [...BEFORE, 'anna@example.net'],
    [RESOLVED, ['reopen', expect.stringMatching(/^(operators|marta)@example\.com$/)]],
  ],
] as const)(
  'a reopening by %s with one AWS call failing, then redone',
  async (_, reopen, recipients, operatorSteps) => {
    const calls = await callsOf(reopen);
    const cases = faultCases(calls);

    it('makes a clean run of several calls', () => {
      expect(calls).toBeGreaterThan(5);
    });

    it.each(cases)(
      '%s at call %i: reopened once, one set of round-1 schedules, emails once, each step logged once',
      async (kind, failAt) => {
        const { ports, table } = await freshWorld();
        await resolvedRequest(ports);
        world.plan = new FaultPlan(failAt, kind);
        await reopen(ports);
        const ticket = await theTicket(table);
        expect(ticket).toMatchObject({ status: 'open', resolvedAt: null });
        expect(ticket.reopenings).toHaveLength(1);
        expect([...world.schedules.keys()].sort()).toEqual(ROUND_ONE);
        expect([...ticket.schedules].sort()).toEqual(ROUND_ONE);
        expect(world.accepted.map((m) => m.Destinations?.[0])).toEqual(recipients);
        const steps = await new DynamoMessageLog(table).steps('2026-000001');
        expect(steps.map((s) => [s.action, s.actor])).toEqual(operatorSteps);
        const reopened = steps.find((s) => s.action === 'reopen');
        // the step is logged as the attempt whose change the ticket kept: its instant and its operator
        if (reopened) {
          expect(reopened.at).toBe(ticket.reopenings[0]?.at);
          expect(OPERATORS[((reopened.at - REPLY_AT) / (2 * SETTINGS.leaseMs)) % 2]).toBe(reopened.actor);
        }
      },
    );
  },
);
