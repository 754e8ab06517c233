import { describe, expect, it } from 'vitest';
import { calendarSnapshot } from '../../../../lib/calendar';
import { DEFAULT_DESK_FILE, defaultDesk } from '../../../../lib/desk/default-desk';
import { parseDesk } from '../../../../lib/desk/parse-desk';
import { COMPLETE_BODY, INCOMPLETE, rawEmail } from '../emails';
import { HOUR, MONDAY_10 } from '../fixtures';
import { Harness } from '../harness';

const TUESDAY_10 = MONDAY_10 + 24 * HOUR;
const CUSTOMER = 'anna@example.net';
const OPERATORS = 'operators@example.com';

/** The emails the desk sent to one address. */
const sentTo = (desk: Harness, address: string) => desk.mail.sent.filter((m) => m.to.includes(address));

describe('ingestEmail: a new request', () => {
  it('creates a numbered open ticket with deadlines from a complete request', async () => {
    const desk = new Harness();
    const result = await desk.receive('ses-1', rawEmail());
    expect(result).toMatchObject({
      outcome: 'created',
      ticket: '2026-000001',
      language: 'it',
      priority: 'P3',
    });
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket).toMatchObject({
      status: 'open',
      customer: 'anna@example.net',
      language: 'it',
      priority: 'P3',
      clockStart: MONDAY_10,
      deadlines: { takeCharge: TUESDAY_10, resolution: MONDAY_10 + 7 * 24 * HOUR },
      customerMessageIds: ['req-1@mail.example.net'],
    });
  });

  it('keeps the calendar its deadlines were computed with, for reports that come after it is edited', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    const ticket = await desk.tickets.get('2026-000001');
    const calendar = defaultDesk().calendars.get(ticket!.calendarId)!;
    expect(ticket?.calendarSnapshot).toBe(calendarSnapshot(calendar));
  });

  it('numbers tickets in sequence within the year', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail({ messageId: 'a@example.net' }));
    const second = await desk.receive('ses-2', rawEmail({ messageId: 'b@example.net' }));
    expect(second).toMatchObject({ ticket: '2026-000002' });
  });

  it('answers with an acknowledgement threaded on the request, marked as automatic', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    // The acknowledgement first; then the operators' notice.
    expect(desk.mail.sent.map((m) => m.to)).toEqual([[CUSTOMER], [OPERATORS]]);
    expect(desk.mail.sent[0]).toMatchObject({ from: 'support@example.com', to: ['anna@example.net'] });
    const text = desk.mail.texts()[0] ?? '';
    expect(text).toMatch(/^Subject: \[#2026-000001\] Errore nella pagina di login$/m);
    expect(text).toMatch(/^In-Reply-To: <req-1@mail\.example\.net>$/m);
    expect(text).toMatch(/^References: <req-1@mail\.example\.net>$/m);
    expect(text).toMatch(/^Auto-Submitted: auto-replied$/m);
    expect(text).toContain(`<${desk.mail.sent[0]?.messageId}>`);
  });

  it('indexes the Message-IDs of the acknowledgement, ours and the one SES rewrote, beside the ticket', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    const sentId = desk.mail.sent[0]?.messageId ?? '';
    const history = await desk.messages.history('2026-000001');
    const ack = history.find((m) => m.kind === 'acknowledgement');
    expect(ack?.messageIds).toEqual([sentId, 'ses-1@email.amazonses.com']);
    const notice = history.find((m) => m.kind === 'operator-notice');
    expect(notice?.messageIds).toEqual([desk.mail.sent[1]?.messageId, 'ses-2@email.amazonses.com']);
    expect(await desk.messages.findTicket(['ses-1@email.amazonses.com'])).toBe('2026-000001');
    expect(await desk.messages.findTicket([sentId])).toBe('2026-000001');
    // The ticket's item does not grow with the emails it sends.
    expect((await desk.tickets.get('2026-000001'))?.sentMessageIds).toEqual([]);
  });

  it('schedules the four SLA reminders in the calendar zone under deterministic names', async () => {
    const desk = new Harness();
    const result = await desk.receive('ses-1', rawEmail());
    expect(result).toMatchObject({ effects: { schedulesCreated: 4, acknowledged: true } });
    expect([...desk.scheduler.schedules.values()]).toEqual([
      {
        name: '2026-000001-take-charge-warning',
        at: MONDAY_10 + 7.5 * HOUR,
        timeZone: 'Europe/Rome',
        payload: { ticket: '2026-000001', kind: 'take-charge-warning' },
      },
      {
        name: '2026-000001-take-charge-due',
        at: TUESDAY_10,
        timeZone: 'Europe/Rome',
        payload: { ticket: '2026-000001', kind: 'take-charge-due' },
      },
      expect.objectContaining({ name: '2026-000001-resolution-warning' }),
      expect.objectContaining({ name: '2026-000001-resolution-due', at: MONDAY_10 + 7 * 24 * HOUR }),
    ]);
    expect((await desk.tickets.get('2026-000001'))?.schedules).toHaveLength(4);
  });

  it('opens an incomplete request as awaiting-info, asks for what is missing and plans only the nudge', async () => {
    const desk = new Harness();
    await desk.receive(
      'ses-1',
      rawEmail({
        body: 'Il login non funziona, potete controllare per favore al più presto?',
        screenshot: false,
      }),
    );
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket).toMatchObject({
      status: 'awaiting-info',
      clockStart: null,
      deadlines: { takeCharge: null, resolution: null },
    });
    expect(ticket?.missingFields).toContain('screenshot');
    expect([...desk.scheduler.schedules.keys()]).toEqual(['2026-000001-awaiting-info']);
    expect(await desk.mail.body(0)).toContain('screenshot');
  });

  it('makes no ticket and sends nothing for automatic mail', async () => {
    const desk = new Harness();
    const result = await desk.receive('ses-1', rawEmail({ headers: { 'Auto-Submitted': 'auto-replied' } }));
    expect(result).toEqual({ outcome: 'ignored', reason: 'auto-reply' });
    expect(desk.tickets.tickets.size).toBe(0);
    expect(desk.mail.sent).toHaveLength(0);
  });

  it('keeps no work record for automatic mail: ignoring it twice is ignoring it once', async () => {
    const desk = new Harness();
    const bounce = rawEmail({ headers: { 'Auto-Submitted': 'auto-replied' } });
    await desk.receive('ses-1', bounce);
    expect(await desk.deliver('ses-1')).toEqual({ outcome: 'ignored', reason: 'auto-reply' });
    expect(desk.work.records.size).toBe(0);
  });

  it('creates a ticket that notes an unknown ticket reference', async () => {
    const desk = new Harness();
    const result = await desk.receive('ses-1', rawEmail({ subject: 'Re: [#2026-000777] login' }));
    expect(result).toMatchObject({ outcome: 'created', ticket: '2026-000001' });
    expect((await desk.tickets.get('2026-000001'))?.notes[0]?.text).toContain('2026-000777');
  });
});

describe('ingestEmail: the same message again', () => {
  it('does nothing for the same SES event delivered again', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    expect(await desk.deliver('ses-1')).toEqual({ outcome: 'duplicate' });
    expect(desk.tickets.tickets.size).toBe(1);
    expect(desk.mail.sent.map((m) => m.to)).toEqual([[CUSTOMER], [OPERATORS]]);
  });

  it('does nothing for the same Message-ID from the same sender under a new SES id', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    expect(await desk.receive('ses-2', rawEmail())).toEqual({ outcome: 'duplicate' });
    expect(desk.mail.sent.map((m) => m.to)).toEqual([[CUSTOMER], [OPERATORS]]);
  });

  it('treats the same Message-ID from another sender as another message', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    expect(await desk.receive('ses-2', rawEmail({ from: 'bruno@example.org' }))).toMatchObject({
      outcome: 'created',
    });
  });
});

describe('ingestEmail: the acknowledgement throttle', () => {
  it('stops acknowledging a sender past the desk limit in one window, but still makes tickets', async () => {
    const desk = new Harness();
    const results = [];
    for (let i = 1; i <= 7; i++) {
      results.push(
        await desk.receive(`ses-${i}`, rawEmail({ messageId: `m${i}@example.net` }), MONDAY_10 + i * 60_000),
      );
    }
    expect(desk.tickets.tickets.size).toBe(7);
    expect(sentTo(desk, CUSTOMER)).toHaveLength(defaultDesk().ackThrottle.count);
    // The throttle guards the customer's mailbox: the operators hear of every ticket.
    expect(sentTo(desk, OPERATORS)).toHaveLength(7);
    expect(results.at(-1)).toMatchObject({ effects: { throttled: true, acknowledged: false } });
  });

  it('acknowledges again in the next window', async () => {
    const desk = new Harness(
      parseDesk({ ...DEFAULT_DESK_FILE, ackThrottle: { count: 1, perMinutes: 60 } }, 'test'),
    );
    await desk.receive('ses-1', rawEmail({ messageId: 'm1@example.net' }));
    await desk.receive('ses-2', rawEmail({ messageId: 'm2@example.net' }), MONDAY_10 + 60_000);
    await desk.receive('ses-3', rawEmail({ messageId: 'm3@example.net' }), MONDAY_10 + 2 * HOUR);
    expect(sentTo(desk, CUSTOMER)).toHaveLength(2);
  });

  it('counts over a sliding window: the hour before the message, not the clock hour', async () => {
    const desk = new Harness(
      parseDesk({ ...DEFAULT_DESK_FILE, ackThrottle: { count: 1, perMinutes: 60 } }, 'test'),
    );
    // 10:50 and 11:05 in Rome: a fixed window would start afresh at 11:00.
    await desk.receive('ses-1', rawEmail({ messageId: 'm1@example.net' }), MONDAY_10 + 50 * 60_000);
    const second = await desk.receive(
      'ses-2',
      rawEmail({ messageId: 'm2@example.net' }),
      MONDAY_10 + 65 * 60_000,
    );
    expect(second).toMatchObject({ effects: { throttled: true } });
    // One acknowledgement; each request's notice still goes to the operators.
    expect(desk.mail.sent.filter((m) => m.to.includes('anna@example.net'))).toHaveLength(1);
  });

  it('does not count a retried acknowledgement twice', async () => {
    const desk = new Harness(
      parseDesk({ ...DEFAULT_DESK_FILE, ackThrottle: { count: 1, perMinutes: 60 } }, 'test'),
    );
    const send = desk.mail.send.bind(desk.mail);
    let failures = 1;
    desk.mail.send = async (mail) => {
      if (failures-- > 0) throw new Error('SES did not answer');
      return send(mail);
    };
    await expect(desk.receive('ses-1', rawEmail({ messageId: 'm1@example.net' }))).rejects.toThrow();
    const retried = await desk.deliver('ses-1', MONDAY_10);
    expect(retried).toMatchObject({ effects: { acknowledged: true, throttled: false } });
    const next = await desk.receive('ses-2', rawEmail({ messageId: 'm2@example.net' }), MONDAY_10 + 60_000);
    expect(next).toMatchObject({ effects: { throttled: true } });
  });
});

describe('ingestEmail: a message over the size limit', () => {
  it('still makes a ticket from the headers, acknowledges it and tells the operators', async () => {
    const desk = new Harness();
    const big = rawEmail({ body: `${COMPLETE_BODY}\n${'x'.repeat(200_000)}` });
    const result = await desk.receive('ses-big', big);
    expect(result).toMatchObject({ outcome: 'created', truncated: true, effects: { operatorsTold: true } });
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket?.status).toBe('open');
    expect(ticket?.notes[0]?.text).toContain('ses-big');
    // The size notice, the acknowledgement, the new ticket's notice.
    expect(desk.mail.sent.map((m) => m.to)).toEqual([[OPERATORS], [CUSTOMER], [OPERATORS]]);
  });

  it('opens a request whose visible part misses fields with its deadlines, asking for nothing', async () => {
    const desk = new Harness();
    const big = rawEmail({ ...INCOMPLETE, body: `${INCOMPLETE.body}\n${'x'.repeat(200_000)}` });
    await desk.receive('ses-big', big);
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket).toMatchObject({ status: 'open', missingFields: [] });
    expect(ticket?.deadlines.takeCharge).not.toBeNull();
    const kinds = [...desk.scheduler.schedules.values()].map((r) => r.payload.kind);
    expect(kinds).toContain('take-charge-warning');
    expect(kinds).not.toContain('awaiting-info');
  });
});
