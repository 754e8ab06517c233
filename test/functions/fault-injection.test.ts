import { describe, expect, it } from 'vitest';
import { DynamoMessageLog } from '../../lib/aws/dynamo-message-log';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import type { TableRef } from '../../lib/aws/ticket-table';
import type { IngestPorts } from '../../lib/tickets/deps';
import { ingestEmail } from '../../lib/tickets/intake/ingest';
import { sendReminder } from '../../lib/tickets/reminders/send-reminder';
import { askCustomer } from '../../lib/tickets/steps/lifecycle';
import { COMPLETE_BODY, rawEmail } from '../lib/tickets/emails';
import { AS_OPERATOR, HOUR, MONDAY_10 } from '../lib/tickets/fixtures';
import { SETTINGS } from '../lib/tickets/harness';
import { deliverUntilDone, faultCases, startFaultWorld } from '../support/fault-world';
import { FaultPlan } from './fault-plan';

const SLA_KINDS = ['resolution-due', 'resolution-warning', 'take-charge-due', 'take-charge-warning'];
const INCOMPLETE = {
  body: 'Il login non funziona, potete controllare per favore al più presto?',
  screenshot: false,
};
const REPLY_AT = MONDAY_10 + 49 * HOUR;
const CUSTOMER = 'anna@example.net';
const OPERATORS = 'operators@example.com';

// Started at collection time: the cases are counted from a clean run before any test runs.
const { world, fresh: freshWorld, callsOf } = await startFaultWorld('tickets');

function store(raw: string, sesId: string): void {
  world.raw.set(sesId, new TextEncoder().encode(raw));
}

const noSetup = async () => undefined;
const createRequest = async (ports: IngestPorts) => {
  store(rawEmail(), 'ses-1');
  return deliverUntilDone(ports, 'ses-1', MONDAY_10);
};
const incompleteRequest = async (ports: IngestPorts) => {
  store(rawEmail(INCOMPLETE), 'ses-1');
  return deliverUntilDone(ports, 'ses-1', MONDAY_10);
};
const completingReply = async (ports: IngestPorts) => {
  store(
    rawEmail({
      subject: 'Re: [#2026-000001] Errore',
      messageId: 'reply-1@mail.example.net',
      body: COMPLETE_BODY,
    }),
    'ses-2',
  );
  return deliverUntilDone(ports, 'ses-2', REPLY_AT);
};

const appendingReply = async (ports: IngestPorts) => {
  store(
    rawEmail({
      subject: 'Re: [#2026-000001] Errore',
      messageId: 'reply-2@mail.example.net',
      body: 'Succede anche con Firefox.',
    }),
    'ses-3',
  );
  return deliverUntilDone(ports, 'ses-3', REPLY_AT);
};

async function onlyTicket(table: TableRef) {
  const tickets = await new DynamoTicketStore(table).list();
  expect(tickets).toHaveLength(1);
  return tickets[0]!;
}

describe('a new request with one AWS call failing, then redelivered', async () => {
  const calls = await callsOf(noSetup, createRequest);
  const cases = faultCases(calls);

  it('makes a clean run of a few dozen calls', () => {
    expect(calls).toBeGreaterThan(10);
  });

  it.each(cases)(
    '%s at call %i: one ticket, one acknowledgement, one notice, one set of schedules, nothing lost',
    async (kind, failAt) => {
      const { ports, table } = await freshWorld();
      world.plan = new FaultPlan(failAt, kind);
      const { failures } = await createRequest(ports);
      expect(failures).toBeLessThanOrEqual(1);
      const ticket = await onlyTicket(table);
      expect(ticket.status).toBe('open');
      expect(world.accepted.map((m) => m.Destinations)).toEqual([[CUSTOMER], [OPERATORS]]);
      const names = SLA_KINDS.map((k) => `${ticket.number}-${k}`);
      expect([...world.schedules.keys()].sort()).toEqual(names);
      expect([...ticket.schedules].sort()).toEqual(names);
      const history = await new DynamoMessageLog(table).history(ticket.number);
      expect(history.map((m) => m.kind)).toEqual(['request', 'acknowledgement', 'operator-notice']);
      // The acknowledgement's ids (ours and the ones SES rewrote it to) thread a reply to the ticket.
      const ackIds = history[1]?.messageIds ?? [];
      expect(ackIds.length).toBeGreaterThan(1);
      for (const id of ackIds) expect(await new DynamoMessageLog(table).findTicket([id])).toBe(ticket.number);
      expect(ticket.noticeIds).toEqual([history[2]?.messageIds[0]]);
      expect((await deliverUntilDone(ports, 'ses-1', MONDAY_10)).result).toEqual({ outcome: 'duplicate' });
      expect(world.accepted).toHaveLength(2);
    },
  );
});

describe('a reply that completes the request, with one AWS call failing, then redelivered', async () => {
  const calls = await callsOf(incompleteRequest, completingReply);
  const cases = faultCases(calls);

  it.each(cases)(
    '%s at call %i: the ticket opens once, one new acknowledgement, SLA schedules only',
    async (kind, failAt) => {
      const { ports, table } = await freshWorld();
      await incompleteRequest(ports);
      world.plan = new FaultPlan(failAt, kind);
      const { result } = await completingReply(ports);
      // A fault after the work finished leaves only the redelivery to report it as a duplicate.
      expect(['reply', 'duplicate']).toContain(result.outcome);
      const ticket = await onlyTicket(table);
      expect(ticket).toMatchObject({ status: 'open', clockStart: REPLY_AT, missingFields: [] });
      // The request's acknowledgement and notice, then the reply's.
      expect(world.accepted.map((m) => m.Destinations)).toEqual([
        [CUSTOMER],
        [OPERATORS],
        [CUSTOMER],
        [OPERATORS],
      ]);
      expect([...world.schedules.keys()].sort()).toEqual(SLA_KINDS.map((k) => `${ticket.number}-${k}`));
    },
  );
});

describe('a customer reply on an open ticket, with one AWS call failing, then redelivered', async () => {
  const calls = await callsOf(createRequest, appendingReply);
  const cases = faultCases(calls);

  it.each(cases)('%s at call %i: the operators get one notice of it, logged once', async (kind, failAt) => {
    const { ports, table } = await freshWorld();
    await createRequest(ports);
    world.plan = new FaultPlan(failAt, kind);
    await appendingReply(ports);
    expect(world.accepted.map((m) => m.Destinations)).toEqual([[CUSTOMER], [OPERATORS], [OPERATORS]]);
    const ticket = await onlyTicket(table);
    const history = await new DynamoMessageLog(table).history(ticket.number);
    const notices = history.filter((m) => m.kind === 'operator-notice');
    expect(notices).toHaveLength(2);
    expect(ticket.noticeIds).toEqual(notices.map((m) => m.messageIds[0]));
    expect((await deliverUntilDone(ports, 'ses-3', REPLY_AT)).result).toEqual({ outcome: 'duplicate' });
    expect(world.accepted).toHaveLength(3);
  });
});

describe('a reminder with one AWS call failing, then fired again', async () => {
  const fire = (ports: IngestPorts, now: number) =>
    sendReminder(
      { ticket: '2026-000001', kind: 'take-charge-due' },
      ports,
      { id: `fire-${now}`, now },
      SETTINGS,
    );
  const fireUntilDone = async (ports: IngestPorts) => {
    for (let now = MONDAY_10 + 24 * HOUR; ; now += 2 * SETTINGS.leaseMs) {
      try {
        return await fire(ports, now);
      } catch {
        // Scheduler retries the target: fire again later.
      }
    }
  };
  const calls = await callsOf(createRequest, fireUntilDone);
  const cases = faultCases(calls);

  it.each(cases)(
    '%s at call %i: the operators get exactly one email, recorded once',
    async (kind, failAt) => {
      const { ports, table } = await freshWorld();
      await createRequest(ports);
      world.plan = new FaultPlan(failAt, kind);
      await fireUntilDone(ports);
      await fireUntilDone(ports);
      // The acknowledgement and the new ticket's notice, then the reminder.
      expect(world.accepted.map((m) => m.Destinations)).toEqual([[CUSTOMER], [OPERATORS], [OPERATORS]]);
      expect((await onlyTicket(table)).remindersSent.map((r) => r.kind)).toEqual(['take-charge-due']);
    },
  );
});

const ASKED_AT = MONDAY_10 + HOUR;
const ANSWERED_AT = MONDAY_10 + 5 * HOUR;
/** Runs an operator's command until it succeeds, later each time (past any lease), as an operator would. */
async function askUntilDone(ports: IngestPorts) {
  for (let attempt = 1, now = ASKED_AT; attempt <= 4; attempt++, now += 2 * SETTINGS.leaseMs) {
    try {
      const words = { text: 'Quale utente usa?', attachments: [] };
      return await askCustomer(
        ports,
        '2026-000001',
        { ...AS_OPERATOR, words },
        { id: `ask-${attempt}`, now },
        SETTINGS,
      );
    } catch {
      // failed once by design: the operator runs it again
    }
  }
  throw new Error('the ask never succeeded');
}
const askedRequest = async (ports: IngestPorts) => {
  await createRequest(ports);
  await askUntilDone(ports);
};
const answeringReply = async (ports: IngestPorts) => {
  store(
    rawEmail({
      subject: 'Re: [#2026-000001] Errore',
      messageId: 'answer-1@mail.example.net',
      body: 'Uso anna.rossi.',
    }),
    'ses-2',
  );
  return deliverUntilDone(ports, 'ses-2', ANSWERED_AT);
};
const PAUSE_ONE = SLA_KINDS.map((k) => `2026-000001-p1-${k}`);

describe('a clarification request with one AWS call failing, then asked again', async () => {
  const calls = await callsOf(createRequest, askUntilDone);
  const cases = faultCases(calls);

  it('makes a clean run of several calls', () => {
    expect(calls).toBeGreaterThan(5);
  });

  it.each(cases)(
    '%s at call %i: one pause, the SLA schedules gone, one nudge, one email to the customer, the step logged once',
    async (kind, failAt) => {
      const { ports, table } = await freshWorld();
      await createRequest(ports);
      world.plan = new FaultPlan(failAt, kind);
      await askUntilDone(ports);
      const ticket = await onlyTicket(table);
      expect(ticket.status).toBe('awaiting-customer');
      expect(ticket.pauses).toEqual([{ start: expect.any(Number), end: null, resumeTo: 'open' }]);
      expect([...world.schedules.keys()]).toEqual(['2026-000001-p1-awaiting-customer']);
      expect(ticket.schedules).toEqual(['2026-000001-p1-awaiting-customer']);
      // The acknowledgement, the new ticket's notice, then the question: one email to the customer.
      expect(world.accepted.map((m) => m.Destinations)).toEqual([[CUSTOMER], [OPERATORS], [CUSTOMER]]);
      const steps = await new DynamoMessageLog(table).steps(ticket.number);
      expect(steps.map((s) => s.action)).toEqual(['ask']);
    },
  );
});

describe("the customer's answer with one AWS call failing, then redelivered", async () => {
  const calls = await callsOf(askedRequest, answeringReply);
  const cases = faultCases(calls);

  it.each(cases)(
    '%s at call %i: the pause ends once, the deadlines move once, one set of pause-1 schedules, no email',
    async (kind, failAt) => {
      const { ports, table } = await freshWorld();
      await askedRequest(ports);
      world.plan = new FaultPlan(failAt, kind);
      const { result } = await answeringReply(ports);
      expect(['reply', 'duplicate']).toContain(result.outcome);
      const ticket = await onlyTicket(table);
      expect(ticket).toMatchObject({
        status: 'open',
        pauses: [{ start: ASKED_AT, end: ANSWERED_AT, resumeTo: 'open' }],
        // Monday 11:00-15:00 paused (2h30 of business time): Tuesday 10:00 -> 12:30, Monday 30 10:00 -> 12:30
        deadlines: {
          takeCharge: MONDAY_10 + 26.5 * HOUR,
          resolution: MONDAY_10 + 7 * 24 * HOUR + 2.5 * HOUR,
        },
      });
      expect([...world.schedules.keys()].sort()).toEqual(PAUSE_ONE);
      expect([...ticket.schedules].sort()).toEqual(PAUSE_ONE);
      // Before the answer: acknowledgement, notice, question. The answer: one notice, nothing to the customer.
      expect(world.accepted.map((m) => m.Destinations)).toEqual([
        [CUSTOMER],
        [OPERATORS],
        [CUSTOMER],
        [OPERATORS],
      ]);
      expect((await deliverUntilDone(ports, 'ses-2', ANSWERED_AT)).result).toEqual({ outcome: 'duplicate' });
      expect(world.accepted).toHaveLength(4);
    },
  );
});

describe('three deliveries at once', () => {
  it.each([
    ['the same SES event', ['ses-1', 'ses-1', 'ses-1']],
    ['one message resent under three SES ids', ['ses-1', 'ses-2', 'ses-3']],
  ])('%s: one ticket, one acknowledgement, one notice, one set of schedules', async (_, ids) => {
    const { ports, table } = await freshWorld();
    for (const id of ids) store(rawEmail(), id);
    const now = MONDAY_10 + 5_000;
    const first = await Promise.allSettled(
      ids.map((id, i) =>
        ingestEmail({ sesMessageId: id, receivedAt: MONDAY_10 }, ports, { id: `c${i}`, now }, SETTINGS),
      ),
    );
    const retried = ids.filter((_, i) => first[i]?.status === 'rejected');
    for (const id of retried) await deliverUntilDone(ports, id, MONDAY_10);
    const ticket = await onlyTicket(table);
    expect(world.accepted.map((m) => m.Destinations)).toEqual([[CUSTOMER], [OPERATORS]]);
    expect([...world.schedules.keys()].sort()).toEqual(SLA_KINDS.map((k) => `${ticket.number}-${k}`));
  });
});
