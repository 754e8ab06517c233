import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeskJson } from '../../../../lib/desk';
import { COMPLETE_BODY, INCOMPLETE, rawEmail } from '../emails';
import { HOUR, MONDAY_10 } from '../fixtures';
import { Harness, withTicket } from '../harness';

const WEDNESDAY_11 = MONDAY_10 + 49 * HOUR;
const CUSTOMER = 'anna@example.net';
const OPERATORS = 'operators@example.com';
/** A wall-clock time in Rome in November and December (UTC+1). */
const rome = (local: string) => Date.parse(`${local}:00+01:00`);

async function awaitingInfoTicket(): Promise<Harness> {
  const desk = new Harness();
  await desk.receive('ses-1', rawEmail(INCOMPLETE));
  return desk;
}

function completingReply(extra: Parameters<typeof rawEmail>[0] = {}): string {
  return rawEmail({
    subject: 'Re: [#2026-000001] Errore nella pagina di login',
    messageId: 'reply-1@mail.example.net',
    inReplyTo: 'req-1@mail.example.net',
    body: COMPLETE_BODY,
    ...extra,
  });
}

/** A complete request, taken in charge and resolved (its schedules still listed, as if a delete had failed). */
function resolvedTicket(): Promise<Harness> {
  return withTicket({ status: 'resolved', resolvedAt: MONDAY_10 + HOUR, takenInChargeAt: MONDAY_10 });
}

const reopeningReply = () => completingReply({ body: 'Il problema si ripresenta ancora oggi.' });

describe('ingestEmail: a reply from the customer', () => {
  it('completes an awaiting-info ticket and starts the clock from the reply', async () => {
    const desk = await awaitingInfoTicket();
    const result = await desk.receive('ses-2', completingReply(), WEDNESDAY_11);
    expect(result).toMatchObject({
      outcome: 'reply',
      ticket: '2026-000001',
      change: 'completed',
      language: 'it',
      priority: 'P3',
    });
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket).toMatchObject({ status: 'open', missingFields: [], clockStart: WEDNESDAY_11 });
    expect(ticket?.deadlines.takeCharge).toBe(WEDNESDAY_11 + 24 * HOUR);
  });

  it('sends a new acknowledgement with the deadlines, threaded on the reply', async () => {
    const desk = await awaitingInfoTicket();
    await desk.receive('ses-2', completingReply(), WEDNESDAY_11);
    // The request's acknowledgement and notice, then the reply's acknowledgement and notice.
    expect(desk.mail.sent.map((m) => m.to[0])).toEqual([CUSTOMER, OPERATORS, CUSTOMER, OPERATORS]);
    const text = desk.mail.texts()[2] ?? '';
    expect(text).toMatch(/^In-Reply-To: <reply-1@mail\.example\.net>$/m);
    expect(text).toMatch(/^Subject: \[#2026-000001\]/m);
    expect(await desk.mail.body(2)).toContain('Presa in carico entro');
    expect(desk.mail.sent[2]?.messageId).not.toBe(desk.mail.sent[0]?.messageId);
  });

  it('schedules the SLA reminders and drops the awaiting-info nudge', async () => {
    const desk = await awaitingInfoTicket();
    await desk.receive('ses-2', completingReply(), WEDNESDAY_11);
    expect([...desk.scheduler.schedules.keys()].sort()).toEqual([
      '2026-000001-resolution-due',
      '2026-000001-resolution-warning',
      '2026-000001-take-charge-due',
      '2026-000001-take-charge-warning',
    ]);
    expect(desk.scheduler.deletes).toEqual(['2026-000001-awaiting-info']);
  });

  it('keeps a ticket awaiting what a partial reply still leaves out', async () => {
    const desk = await awaitingInfoTicket();
    const result = await desk.receive(
      'ses-2',
      completingReply({ body: 'La pagina è https://app.example.net/login' }),
      WEDNESDAY_11,
    );
    expect(result).toMatchObject({ change: 'still-missing' });
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket?.status).toBe('awaiting-info');
    expect(ticket?.missingFields).not.toContain('url');
    // No new acknowledgement; only the operators hear of it.
    expect(desk.mail.sent.map((m) => m.to[0])).toEqual([CUSTOMER, OPERATORS, OPERATORS]);
    expect(await desk.mail.body(2)).toContain('mancano ancora informazioni');
  });

  it('finds the ticket from In-Reply-To alone, pointing at the Message-ID SES gave our acknowledgement', async () => {
    const desk = await awaitingInfoTicket();
    const result = await desk.receive(
      'ses-2',
      completingReply({
        subject: 'Re: Errore nella pagina di login',
        inReplyTo: 'ses-1@email.amazonses.com',
      }),
      WEDNESDAY_11,
    );
    expect(result).toMatchObject({ outcome: 'reply', ticket: '2026-000001' });
  });

  it('reopens a resolved ticket', async () => {
    const desk = await resolvedTicket();
    const result = await desk.receive('ses-2', reopeningReply(), WEDNESDAY_11);
    expect(result).toMatchObject({ change: 'reopened', language: 'it', priority: 'P3' });
    expect(await desk.tickets.get('2026-000001')).toMatchObject({ status: 'in-progress', resolvedAt: null });
  });

  it("starts a fresh resolution clock from the reply and schedules the new round's reminders", async () => {
    const desk = await resolvedTicket();
    const result = await desk.receive('ses-2', reopeningReply(), WEDNESDAY_11);
    expect(result).toMatchObject({ effects: { schedulesCreated: 2, operatorsTold: true } });
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket?.deadlines.resolution).toBe(rome('2026-12-02T11:00'));
    expect([...desk.scheduler.schedules.values()].map((s) => [s.name, s.at])).toEqual([
      ['2026-000001-r1-resolution-warning', rome('2026-11-30T18:30')],
      ['2026-000001-r1-resolution-due', rome('2026-12-02T11:00')],
    ]);
    expect(ticket?.schedules).toEqual(['2026-000001-r1-resolution-warning', '2026-000001-r1-resolution-due']);
  });

  it('deletes the schedules the resolved round left behind', async () => {
    const desk = await resolvedTicket();
    const before = await desk.tickets.get('2026-000001');
    await desk.receive('ses-2', reopeningReply(), WEDNESDAY_11);
    expect(before?.schedules.length).toBeGreaterThan(0);
    expect(desk.scheduler.deletes.sort()).toEqual([...(before?.schedules ?? [])].sort());
  });

  it('tells the operators, once, with the new resolution deadline', async () => {
    const desk = await resolvedTicket();
    await desk.receive('ses-2', reopeningReply(), WEDNESDAY_11);
    await desk.deliver('ses-2', WEDNESDAY_11);
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['operators@example.com']]);
    expect(desk.mail.texts()[0]).toMatch(
      /^Subject: \[#2026-000001\] Riaperto dal cliente: Errore nella pagina di login$/m,
    );
    const body = await desk.mail.body(0);
    expect(body).toContain(
      'Il cliente anna@example.net ha risposto il mercoledì 25 novembre 2026 alle 11:00',
    );
    // In the targets' list, which names the contract's two deadlines itself (no line of their own).
    expect(body).toContain('- Risoluzione: mercoledì 2 dicembre 2026 alle 11:00');
    expect(body).not.toContain('Risoluzione entro:');
    expect(body).toContain('Il problema si ripresenta ancora oggi.');
    const history = await desk.messages.history('2026-000001');
    // The new ticket's notice, then this one, logged once though the reply came twice.
    expect(history.filter((m) => m.kind === 'operator-notice').map((m) => m.subject)).toEqual([
      '[#2026-000001] Nuovo ticket: Errore nella pagina di login',
      '[#2026-000001] Riaperto dal cliente: Errore nella pagina di login',
    ]);
  });

  it('opens a follow-up ticket for a reply to a closed one', async () => {
    const desk = await withTicket({ status: 'closed', closedAt: MONDAY_10 + HOUR });
    const result = await desk.receive('ses-2', completingReply(), WEDNESDAY_11);
    expect(result).toMatchObject({ outcome: 'created', ticket: '2026-000002' });
    expect((await desk.tickets.get('2026-000002'))?.notes[0]?.text).toContain('closed ticket 2026-000001');
  });
});

describe('ingestEmail: a reply from someone else', () => {
  it('keeps it in the history as a note, counts it on the ticket and changes nothing else', async () => {
    const desk = await awaitingInfoTicket();
    const before = await desk.tickets.get('2026-000001');
    const result = await desk.receive(
      'ses-2',
      completingReply({ from: 'mallory@example.org' }),
      WEDNESDAY_11,
    );
    expect(result).toMatchObject({ outcome: 'reply', change: 'note', language: 'it', priority: 'P3' });
    const after = await desk.tickets.get('2026-000001');
    expect(after).toMatchObject({ status: 'awaiting-info', missingFields: before?.missingFields });
    expect(after?.notes).toEqual(before?.notes);
    expect(after?.thirdParty).toMatchObject({ kept: 1, counted: 0 });
    const note = (await desk.messages.history('2026-000001')).find((m) => m.kind === 'note');
    expect(note).toMatchObject({ from: 'mallory@example.org', direction: 'in' });
    expect(note?.ownWords).toContain('https://app.example.net/login');
    // Only the request's acknowledgement and notice: a stranger cannot make the desk mail anyone.
    expect(desk.mail.sent.map((m) => m.to[0])).toEqual([CUSTOMER, OPERATORS]);
  });

  it("counts a colleague from the customer's domain as the customer where the desk says so", async () => {
    const desk = await awaitingInfoTicket();
    const result = await desk.receive('ses-2', completingReply({ from: 'marco@example.net' }), WEDNESDAY_11);
    expect(result).toMatchObject({ change: desk.desk.sameDomainReplies ? 'completed' : 'note' });
  });
});

describe('ingestEmail: the reply that completes a request, on a desk with named targets', () => {
  it("acknowledges with the tier's own promises (policy C: TPC and TI), as a complete request would", async () => {
    const file = readFileSync(join(import.meta.dirname, '../../../../examples/desks/itil.json'), 'utf8');
    const desk = new Harness(parseDeskJson(file, 'itil.json'));
    await desk.receive(
      'ses-1',
      rawEmail({ from: 'mario@acme.example.net', body: 'Aiuto.', screenshot: false }),
    );
    expect((await desk.tickets.get('2026-000001'))?.status).toBe('awaiting-info');
    await desk.receive('ses-2', completingReply({ from: 'mario@acme.example.net' }), WEDNESDAY_11);
    const ack = await desk.mail.body(2);
    expect(ack).toContain('Tempo di presa in carico (TPC) entro:');
    expect(ack).toContain('Tempo di intervento (TI), inizio della lavorazione entro:');
  });
});
