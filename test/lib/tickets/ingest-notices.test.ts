import { describe, expect, it } from 'vitest';
import { noticeRootId } from '../../../lib/compose/notice-thread';
import { DEFAULT_DESK_FILE, defaultDesk } from '../../../lib/desk/default-desk';
import { parseDesk } from '../../../lib/desk/parse-desk';
import type { Lease } from '../../../lib/ports/work-log';
import { ingestEmail } from '../../../lib/tickets/intake/ingest';
import { rawEmail } from './emails';
import { HOUR, MONDAY_10 } from './fixtures';
import { Harness, SETTINGS, withTicket } from './harness';

const CUSTOMER = 'anna@example.net';
const OPERATORS = 'operators@example.com';
const ROOT = noticeRootId(defaultDesk(), '2026-000001');
/** Saturday 28 November 2026, 10:00 in Rome: the default desk is closed. */
const SATURDAY_10 = Date.UTC(2026, 10, 28, 9, 0, 0);

const customerReply = (body = 'Ho provato anche con Firefox: stesso errore.') =>
  rawEmail({ subject: 'Re: [#2026-000001] Errore', messageId: 'reply-1@mail.example.net', body });

const recipients = (desk: Harness) => desk.mail.sent.map((m) => m.to[0]);

describe('ingestEmail: the operators hear of a new ticket', () => {
  it('sends them a notice after the acknowledgement and says so in the result', async () => {
    const desk = new Harness();
    const result = await desk.receive('ses-1', rawEmail());
    expect(result).toMatchObject({
      outcome: 'created',
      effects: { operatorsTold: true, acknowledged: true },
    });
    expect(recipients(desk)).toEqual([CUSTOMER, OPERATORS]);
    const text = desk.mail.texts()[1] ?? '';
    expect(text).toMatch(/^Subject: \[#2026-000001\] Nuovo ticket: Errore nella pagina di login$/m);
    expect(text).toMatch(/^Reply-To: support@example\.com$/m);
    const body = await desk.mail.body(1);
    expect(body).toContain('Nuovo ticket 2026-000001 da anna@example.net');
    expect(body).toContain('Nome: Anna Rossi');
    expect(body).toContain('oggi alle 9:40 la pagina https://app.example.net/login');
    expect(body).toContain('- screen.png (image/png, 70 B)');
  });

  it('logs it beside the ticket, so an answer pointing at it finds the ticket, and starts the thread', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    const history = await desk.messages.history('2026-000001');
    expect(history.map((m) => m.kind)).toEqual(['request', 'acknowledgement', 'operator-notice']);
    expect(desk.mail.sent[1]?.messageId).toBe(ROOT);
    expect(await desk.messages.findTicket([ROOT])).toBe('2026-000001');
    expect((await desk.tickets.get('2026-000001'))?.noticeIds).toEqual([ROOT]);
  });

  it("writes in the operators' language while the customer is answered in theirs", async () => {
    const desk = new Harness(
      parseDesk({ ...DEFAULT_DESK_FILE, operatorLanguage: 'en' }, 'english operators'),
    );
    await desk.receive('ses-1', rawEmail());
    expect(desk.mail.texts()[0]).toMatch(/^Subject: \[#2026-000001\] Errore nella pagina di login$/m);
    expect(desk.mail.texts()[1]).toMatch(
      /^Subject: \[#2026-000001\] New ticket: Errore nella pagina di login$/m,
    );
  });

  it('sends nothing twice when the message is delivered again', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    await desk.deliver('ses-1');
    await desk.receive('ses-2', rawEmail());
    expect(recipients(desk)).toEqual([CUSTOMER, OPERATORS]);
  });

  it('sends the notice once when the attempt that sent it died before finishing', async () => {
    const desk = new Harness();
    desk.raw.put('ses-1', rawEmail());
    const release = desk.work.release.bind(desk.work);
    desk.work.release = async (_key: string, _lease: Lease) => undefined;
    // The notice goes out, then the process dies before the schedules.
    const create = desk.scheduler.create.bind(desk.scheduler);
    desk.scheduler.create = async () => {
      throw new Error('process killed');
    };
    await expect(
      ingestEmail(
        { sesMessageId: 'ses-1', receivedAt: MONDAY_10 },
        desk.ports,
        { id: 'a-1', now: MONDAY_10 },
        SETTINGS,
      ),
    ).rejects.toThrow('process killed');
    desk.work.release = release;
    desk.scheduler.create = create;
    const later = MONDAY_10 + SETTINGS.leaseMs + 1000;
    const done = await ingestEmail(
      { sesMessageId: 'ses-1', receivedAt: MONDAY_10 },
      desk.ports,
      { id: 'a-2', now: later },
      SETTINGS,
    );
    expect(done).toMatchObject({
      outcome: 'created',
      effects: { operatorsTold: false, schedulesCreated: 4 },
    });
    expect(recipients(desk)).toEqual([CUSTOMER, OPERATORS]);
  });
});

describe('ingestEmail: an urgent request out of hours', () => {
  const urgent = () => rawEmail({ subject: 'URGENTE: il sito non funziona' });

  it('wakes the operators at once: a notice marked urgent, before the acknowledgement', async () => {
    const desk = new Harness();
    const result = await desk.receive('ses-1', urgent(), SATURDAY_10);
    expect(result).toMatchObject({
      outcome: 'created',
      effects: { operatorsTold: true, acknowledged: true },
    });
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket).toMatchObject({ urgent: true, outOfHours: true });
    expect(recipients(desk)).toEqual([OPERATORS, CUSTOMER]);
    const text = desk.mail.texts()[0] ?? '';
    expect(text).toMatch(/^Subject: \[#2026-000001\] URGENTE FUORI ORARIO - Nuovo ticket: URGENTE: il/m);
    expect(text).toMatch(/^Importance: high$/m);
    expect(text).toMatch(/^X-Priority: 1$/m);
    expect(await desk.mail.body(0)).toContain('Segnalazioni: URGENTE, fuori orario');
  });

  it('sends it once, whatever the redeliveries', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', urgent(), SATURDAY_10);
    await desk.deliver('ses-1', SATURDAY_10);
    expect(recipients(desk)).toEqual([OPERATORS, CUSTOMER]);
  });

  it('is an ordinary notice in hours', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', urgent(), MONDAY_10);
    expect(recipients(desk)).toEqual([CUSTOMER, OPERATORS]);
    expect(desk.mail.texts()[1]).not.toMatch(/^Importance:/m);
  });
});

describe('ingestEmail: the operators hear of every customer message', () => {
  it('sends a notice for a reply on an open ticket, with its words, threaded on the first notice', async () => {
    const desk = await withTicket();
    const result = await desk.receive('ses-2', customerReply(), MONDAY_10 + HOUR);
    expect(result).toMatchObject({ outcome: 'reply', change: 'appended', effects: { operatorsTold: true } });
    expect(recipients(desk)).toEqual([OPERATORS]);
    const text = desk.mail.texts()[0] ?? '';
    expect(text).toMatch(/^Subject: \[#2026-000001\] Il cliente ha scritto: Errore nella pagina di login$/m);
    expect(text).toMatch(new RegExp(`^In-Reply-To: <${ROOT.replace(/\./g, '\\.')}>$`, 'm'));
    expect(text).toMatch(new RegExp(`^References: <${ROOT.replace(/\./g, '\\.')}>`, 'm'));
    expect(await desk.mail.body(0)).toContain('Ho provato anche con Firefox: stesso errore.');
    expect((await desk.tickets.get('2026-000001'))?.noticeIds).toEqual([ROOT, desk.mail.sent[0]?.messageId]);
  });

  it('sends it once when the reply is delivered again', async () => {
    const desk = await withTicket();
    await desk.receive('ses-2', customerReply(), MONDAY_10 + HOUR);
    await desk.deliver('ses-2', MONDAY_10 + HOUR);
    await desk.receive('ses-3', customerReply(), MONDAY_10 + HOUR);
    expect(recipients(desk)).toEqual([OPERATORS]);
  });

  it('tells them a reply completed the request, after its acknowledgement', async () => {
    const desk = await withTicket({ status: 'awaiting-info', missingFields: ['url'], clockStart: null });
    const result = await desk.receive('ses-2', customerReply('La pagina è https://app.example.net/login'));
    expect(result).toMatchObject({
      change: 'completed',
      effects: { operatorsTold: true, acknowledged: true },
    });
    expect(recipients(desk)).toEqual([CUSTOMER, OPERATORS]);
    expect(desk.mail.texts()[1]).toMatch(/^Subject: \[#2026-000001\] Richiesta completata dal cliente/m);
  });

  it('keeps the ticket item bounded: it remembers only the latest notices', async () => {
    const desk = await withTicket();
    for (let i = 2; i <= 9; i++) {
      const reply = rawEmail({ subject: 'Re: [#2026-000001] Errore', messageId: `r${i}@mail.example.net` });
      await desk.receive(`ses-${i}`, reply, MONDAY_10 + i * HOUR);
    }
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket?.noticeIds).toEqual(desk.mail.sent.slice(-4).map((m) => m.messageId));
    // Every notice still points at the first one.
    const last = desk.mail.texts().at(-1) ?? '';
    expect(last).toMatch(new RegExp(`^In-Reply-To: <${ROOT.replace(/\./g, '\\.')}>$`, 'm'));
  });
});
