import { describe, expect, it } from 'vitest';
import { sendReminder } from '../../../../lib/tickets/reminders/send-reminder';
import {
  askCustomer,
  reopenTicket,
  resolveTicket,
  takeCharge,
} from '../../../../lib/tickets/steps/lifecycle';
import { rawEmail } from '../emails';
import { AS_OPERATOR } from '../fixtures';
import { Harness, SETTINGS } from '../harness';

const TICKET = '2026-000001';
/** A wall-clock time in Rome in November and December (UTC+1). */
const rome = (local: string) => Date.parse(`${local}:00+01:00`);
const ASKED_AT = rome('2026-11-23T11:00');
const ANSWERED_AT = rome('2026-11-23T15:00');
const ASK = { ...AS_OPERATOR, words: { text: 'Quale utente usa?', attachments: [] } };

const answer = (extra: Parameters<typeof rawEmail>[0] = {}) =>
  rawEmail({
    subject: 'Re: [#2026-000001] Errore nella pagina di login',
    messageId: 'answer-1@mail.example.net',
    body: "Uso l'utente anna.rossi.",
    screenshot: false,
    ...extra,
  });

/** Monday 10:00 request (P3: take charge by Tuesday 10:00, resolve by Monday 30 10:00), asked at 11:00. */
async function askedTicket(taken = false): Promise<Harness> {
  const desk = new Harness();
  await desk.receive('ses-1', rawEmail());
  if (taken) {
    await takeCharge(
      desk.ports,
      TICKET,
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(),
      SETTINGS,
    );
  }
  await askCustomer(desk.ports, TICKET, ASK, desk.attempt(ASKED_AT), SETTINGS);
  return desk;
}

const nudge = (desk: Harness, now: number) =>
  sendReminder({ ticket: TICKET, kind: 'awaiting-customer' }, desk.ports, desk.attempt(now), SETTINGS);

describe("ingestEmail: the customer's answer to a clarification request", () => {
  it('ends the pause at its receipt, reopens the clock and moves both deadlines by the paused 2h30', async () => {
    const desk = await askedTicket();
    const result = await desk.receive('ses-2', answer(), ANSWERED_AT);
    expect(result).toMatchObject({ outcome: 'reply', change: 'resumed', effects: { schedulesCreated: 4 } });
    const ticket = await desk.tickets.get(TICKET);
    expect(ticket).toMatchObject({
      status: 'open',
      pauses: [{ start: ASKED_AT, end: ANSWERED_AT, resumeTo: 'open' }],
      deadlines: { takeCharge: rome('2026-11-24T12:30'), resolution: rome('2026-11-30T12:30') },
    });
  });

  it('schedules the reminders of the moved deadlines under the names of the pause and drops its nudge', async () => {
    const desk = await askedTicket();
    await desk.receive('ses-2', answer(), ANSWERED_AT);
    const ticket = await desk.tickets.get(TICKET);
    const names = ['take-charge-warning', 'take-charge-due', 'resolution-warning', 'resolution-due'].map(
      (kind) => `${TICKET}-p1-${kind}`,
    );
    expect([...(ticket?.schedules ?? [])].sort()).toEqual([...names].sort());
    expect([...desk.scheduler.schedules.keys()].sort()).toEqual([...names].sort());
    expect(desk.scheduler.schedules.get(`${TICKET}-p1-take-charge-due`)?.at).toBe(rome('2026-11-24T12:30'));
    expect(desk.scheduler.schedules.get(`${TICKET}-p1-resolution-due`)?.at).toBe(rome('2026-11-30T12:30'));
    expect(desk.scheduler.deletes).toContain(`${TICKET}-p1-awaiting-customer`);
  });

  it('returns an in-progress ticket to in-progress, its take-charge deadline kept, resolution reminders only', async () => {
    const desk = await askedTicket(true);
    const before = await desk.tickets.get(TICKET);
    await desk.receive('ses-2', answer(), ANSWERED_AT);
    const ticket = await desk.tickets.get(TICKET);
    expect(ticket?.status).toBe('in-progress');
    expect(ticket?.deadlines).toEqual({
      takeCharge: before?.deadlines.takeCharge,
      resolution: rome('2026-11-30T12:30'),
    });
    expect([...(ticket?.schedules ?? [])].sort()).toEqual([
      `${TICKET}-p1-resolution-due`,
      `${TICKET}-p1-resolution-warning`,
    ]);
  });

  it('does it once when the message is delivered again', async () => {
    const desk = await askedTicket();
    await desk.receive('ses-2', answer(), ANSWERED_AT);
    const creates = desk.scheduler.creates.length;
    expect(await desk.deliver('ses-2', ANSWERED_AT)).toEqual({ outcome: 'duplicate' });
    const ticket = await desk.tickets.get(TICKET);
    expect(ticket?.pauses).toHaveLength(1);
    expect(ticket?.deadlines.takeCharge).toBe(rome('2026-11-24T12:30'));
    expect(desk.scheduler.creates).toHaveLength(creates);
  });

  it('keeps the moved take-charge deadline when the ticket is resolved and reopened before it', async () => {
    const desk = await askedTicket();
    await desk.receive('ses-2', answer(), ANSWERED_AT);
    await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(rome('2026-11-23T16:00')), SETTINGS);
    await reopenTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(rome('2026-11-23T17:00')), SETTINGS);
    expect(desk.scheduler.schedules.get(`${TICKET}-r1-take-charge-due`)?.at).toBe(rome('2026-11-24T12:30'));
    expect(desk.scheduler.schedules.get(`${TICKET}-r1-take-charge-warning`)?.at).toBe(
      rome('2026-11-24T10:30'),
    );
  });

  it('keeps a message from someone else as a note: the ticket still waits', async () => {
    const desk = await askedTicket();
    const result = await desk.receive('ses-2', answer({ from: 'mario@elsewhere.example' }), ANSWERED_AT);
    expect(result).toMatchObject({ change: 'note' });
    expect((await desk.tickets.get(TICKET))?.status).toBe('awaiting-customer');
  });

  it('gives a second question its own pause, and its reminders names that never meet the first', async () => {
    const desk = await askedTicket();
    await desk.receive('ses-2', answer(), ANSWERED_AT);
    await askCustomer(desk.ports, TICKET, ASK, desk.attempt(rome('2026-11-24T09:00')), SETTINGS);
    await desk.receive('ses-3', answer({ messageId: 'answer-2@mail.example.net' }), rome('2026-11-24T10:00'));
    const ticket = await desk.tickets.get(TICKET);
    expect(ticket?.pauses.map((p) => p.end)).toEqual([ANSWERED_AT, rome('2026-11-24T10:00')]);
    // Tuesday 12:30 moved by one more paused business hour, across lunch
    expect(ticket?.deadlines.takeCharge).toBe(rome('2026-11-24T15:00'));
    expect(ticket?.schedules.every((name) => name.includes('-p2-'))).toBe(true);
  });
});

describe("the customer's nudge of a clarification request", () => {
  it('goes to the customer of a ticket still waiting, in their language, once', async () => {
    const desk = await askedTicket();
    desk.mail.sent.length = 0;
    const fired = await nudge(desk, rome('2026-11-26T11:00'));
    expect(fired).toMatchObject({ outcome: 'sent', to: ['anna@example.net'] });
    const body = await desk.mail.body(0);
    expect(body).toContain(
      'è in attesa della sua risposta alla domanda che le abbiamo inviato il lunedì 23 novembre 2026',
    );
    expect(body).toContain("lasciando [#2026-000001] nell'oggetto");
    expect(await nudge(desk, rome('2026-11-26T11:05'))).toMatchObject({ outcome: 'already-sent' });
    const ticket = await desk.tickets.get(TICKET);
    expect(ticket?.remindersSent).toEqual([
      { kind: 'awaiting-customer', at: rome('2026-11-26T11:00'), pause: 1 },
    ]);
    expect(ticket?.schedules).toEqual([]);
  });

  it('sends nothing once the customer answered', async () => {
    const desk = await askedTicket();
    await desk.receive('ses-2', answer(), ANSWERED_AT);
    desk.mail.sent.length = 0;
    expect(await nudge(desk, rome('2026-11-26T11:00'))).toMatchObject({ outcome: 'not-needed' });
    expect(desk.mail.sent).toHaveLength(0);
  });

  it('is sent again for a later question: each pause has its own, with its own Message-ID', async () => {
    const desk = await askedTicket();
    await nudge(desk, rome('2026-11-26T11:00'));
    await desk.receive('ses-2', answer(), rome('2026-11-26T15:00'));
    await askCustomer(desk.ports, TICKET, ASK, desk.attempt(rome('2026-11-27T09:00')), SETTINGS);
    desk.mail.sent.length = 0;
    expect(await nudge(desk, rome('2026-12-02T09:00'))).toMatchObject({ outcome: 'sent' });
    const ids = (await desk.messages.history(TICKET))
      .filter((m) => m.kind === 'reminder')
      .map((m) => m.messageIds[0]);
    expect(new Set(ids).size).toBe(2);
  });
});
