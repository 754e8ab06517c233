import { describe, expect, it } from 'vitest';
import { TicketRequestError, TicketStateError } from '../../../lib/tickets/errors';
import {
  askCustomer,
  closeTicket,
  resolveTicket,
  type StepRequest,
  takeCharge,
} from '../../../lib/tickets/steps/lifecycle';
import { INCOMPLETE, rawEmail } from './emails';
import { AS_OPERATOR, HOUR, MONDAY_10 } from './fixtures';
import { Harness, SETTINGS } from './harness';

const TICKET = '2026-000001';
const ASKED_AT = MONDAY_10 + HOUR;
const QUESTION = { text: 'Quale utente usa per accedere?', attachments: [] };
const ASK = { ...AS_OPERATOR, words: QUESTION };
/** A wall-clock time in Rome in November (UTC+1). */
const rome = (local: string) => Date.parse(`${local}:00+01:00`);

async function openTicket(raw = rawEmail()): Promise<Harness> {
  const desk = new Harness();
  await desk.receive('ses-1', raw);
  desk.mail.sent.length = 0;
  return desk;
}

const ask = (desk: Harness, now = ASKED_AT, request: StepRequest = ASK) =>
  askCustomer(desk.ports, TICKET, request, desk.attempt(now), SETTINGS);

describe('askCustomer', () => {
  it('puts an open ticket in awaiting-customer, its pause open from now, to return to open', async () => {
    const desk = await openTicket();
    const { ticket, changed, notified } = await ask(desk);
    expect({ changed, notified }).toEqual({ changed: true, notified: true });
    expect(ticket.status).toBe('awaiting-customer');
    expect(ticket.pauses).toEqual([{ start: ASKED_AT, end: null, resumeTo: 'open' }]);
    expect(ticket.lastStep).toMatchObject({ action: 'ask', from: 'open', to: 'awaiting-customer' });
  });

  it('returns an in-progress ticket to in-progress', async () => {
    const desk = await openTicket();
    await takeCharge(
      desk.ports,
      TICKET,
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(),
      SETTINGS,
    );
    const { ticket } = await ask(desk);
    expect(ticket.pauses).toEqual([{ start: ASKED_AT, end: null, resumeTo: 'in-progress' }]);
  });

  it("emails the customer the operator's words first, then how to answer, in their language", async () => {
    const desk = await openTicket();
    await ask(desk);
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['anna@example.net']]);
    const body = await desk.mail.body(0);
    expect(body.split('\n').slice(0, 3)).toEqual(['Gentile cliente,', '', QUESTION.text]);
    expect(body).toContain(
      "Risponda a questa email lasciando [#2026-000001] nell'oggetto: la sua richiesta resta in attesa della sua risposta.",
    );
    expect(desk.mail.texts()[0]).toMatch(/^Subject: .*\[#2026-000001\]/m);
  });

  it('writes the English hint on an English ticket', async () => {
    const desk = await openTicket(
      rawEmail({
        subject: 'Login fails',
        body: 'Today at 9:40 https://app.example.net/login shows error 500 after clicking Sign in, using Chrome 131 on Windows.',
      }),
    );
    await ask(desk, ASKED_AT, {
      ...AS_OPERATOR,
      words: { text: 'Which user do you sign in with?', attachments: [] },
    });
    const body = await desk.mail.body(0);
    expect(body).toContain('Which user do you sign in with?');
    expect(body).toContain(
      'reply to this email keeping [#2026-000001] in the subject; your ticket waits for your answer',
    );
  });

  it("deletes the SLA reminders and schedules the customer's nudge after the desk's wait", async () => {
    const desk = await openTicket();
    const { ticket } = await ask(desk);
    expect(desk.scheduler.deletes.sort()).toEqual([
      '2026-000001-resolution-due',
      '2026-000001-resolution-warning',
      '2026-000001-take-charge-due',
      '2026-000001-take-charge-warning',
    ]);
    expect(ticket.schedules).toEqual(['2026-000001-p1-awaiting-customer']);
    // three business days after Monday 11:00
    expect(desk.scheduler.schedules.get('2026-000001-p1-awaiting-customer')).toMatchObject({
      at: rome('2026-11-26T11:00'),
      payload: { ticket: TICKET, kind: 'awaiting-customer' },
    });
  });

  // A second ask while the first waits is the same step repeated (runTransition): it finishes the first.
  it('only finishes what followed when repeated: one pause, one email, one nudge', async () => {
    const desk = await openTicket();
    await ask(desk);
    const again = await ask(desk, ASKED_AT + 1000);
    expect(again).toMatchObject({ changed: false, notified: false });
    expect(again.ticket.pauses).toHaveLength(1);
    expect(desk.mail.sent).toHaveLength(1);
    expect(desk.scheduler.creates.filter((s) => s.payload.kind === 'awaiting-customer')).toHaveLength(1);
  });

  it.each([
    ['no words', AS_OPERATOR],
    ['blank words', { ...AS_OPERATOR, words: { text: ' \n\t ', attachments: [] } }],
  ])('refuses a request with %s in one line, changing nothing', async (_, request) => {
    const desk = await openTicket();
    const refused = ask(desk, ASKED_AT, request);
    await expect(refused).rejects.toThrow(TicketRequestError);
    await expect(refused).rejects.toThrow(
      /^cannot ask the customer of ticket 2026-000001: the request has no text to send$/,
    );
    expect((await desk.tickets.get(TICKET))?.status).toBe('open');
    expect(desk.mail.sent).toHaveLength(0);
  });

  it.each([
    ['awaiting-info', async () => openTicket(rawEmail(INCOMPLETE))],
    [
      'resolved',
      async () => {
        const desk = await openTicket();
        await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(), SETTINGS);
        return desk;
      },
    ],
  ] as const)('refuses a ticket that is %s', async (status, setup) => {
    const desk = await setup();
    const before = await desk.tickets.get(TICKET);
    expect(before?.status).toBe(status);
    const refusal = askCustomer(desk.ports, TICKET, ASK, desk.attempt(ASKED_AT + 2 * HOUR), SETTINGS);
    await expect(refusal).rejects.toThrow(TicketStateError);
    expect((await desk.tickets.get(TICKET))?.pauses).toEqual(before?.pauses);
  });
});

describe('resolving or closing a ticket that waits for the customer', () => {
  it.each([
    ['resolve', resolveTicket, 'resolved'],
    ['close', closeTicket, 'closed'],
  ] as const)('%s ends its pause there and drops the nudge', async (_, step, status) => {
    const desk = await openTicket();
    await ask(desk);
    const { ticket } = await step(
      desk.ports,
      TICKET,
      AS_OPERATOR,
      desk.attempt(ASKED_AT + 3 * HOUR),
      SETTINGS,
    );
    expect(ticket.status).toBe(status);
    expect(ticket.pauses).toEqual([{ start: ASKED_AT, end: ASKED_AT + 3 * HOUR, resumeTo: 'open' }]);
    expect(ticket.schedules).toEqual([]);
    expect(desk.scheduler.schedules.size).toBe(0);
  });
});
