import { describe, expect, it } from 'vitest';
import type { ReminderKind } from '../../../../lib/domain/vocabulary';
import type { Ticket } from '../../../../lib/tickets/model/ticket';
import { sendReminder } from '../../../../lib/tickets/reminders/send-reminder';
import { rawEmail } from '../emails';
import { HOUR, MONDAY_10 } from '../fixtures';
import { Harness, SETTINGS, withTicket } from '../harness';

const fire = (desk: Harness, kind: ReminderKind, now = MONDAY_10 + 8 * HOUR) =>
  sendReminder({ ticket: '2026-000001', kind }, desk.ports, desk.attempt(now), SETTINGS);

describe('sendReminder', () => {
  it.each<ReminderKind>(['take-charge-warning', 'take-charge-due', 'resolution-warning', 'resolution-due'])(
    'emails the operators about %s while the step is undone',
    async (kind) => {
      const desk = await withTicket();
      expect(await fire(desk, kind)).toMatchObject({ outcome: 'sent', to: ['operators@example.com'] });
      expect(desk.mail.texts()[0]).toMatch(/^Subject: \[#2026-000001\]/m);
    },
  );

  it('records the reminder on the ticket and forgets its schedule', async () => {
    const desk = await withTicket({ schedules: ['2026-000001-take-charge-due'] });
    await fire(desk, 'take-charge-due');
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket?.remindersSent).toEqual([{ kind: 'take-charge-due', at: MONDAY_10 + 8 * HOUR }]);
    expect(ticket?.schedules).toEqual([]);
  });

  it('sends nothing the second time it fires', async () => {
    const desk = await withTicket();
    await fire(desk, 'take-charge-due');
    expect(await fire(desk, 'take-charge-due')).toMatchObject({ outcome: 'already-sent' });
    expect(desk.mail.sent).toHaveLength(1);
  });

  it.each<[string, Partial<Ticket>, ReminderKind]>([
    [
      'a take-charge reminder once taken in charge',
      { status: 'in-progress', takenInChargeAt: MONDAY_10 },
      'take-charge-due',
    ],
    [
      'a resolution reminder once resolved',
      { status: 'resolved', resolvedAt: MONDAY_10 },
      'resolution-warning',
    ],
    ['a resolution reminder once closed', { status: 'closed', closedAt: MONDAY_10 }, 'resolution-due'],
    ['the customer nudge once the ticket is open', { status: 'open' }, 'awaiting-info'],
  ])('does nothing for %s', async (_, change, kind) => {
    const desk = await withTicket(change);
    expect(await fire(desk, kind)).toMatchObject({ outcome: 'not-needed' });
    expect(desk.mail.sent).toHaveLength(0);
  });

  it('nudges the customer of an awaiting-info ticket in their language, listing what is missing', async () => {
    const desk = await withTicket(
      {},
      rawEmail({
        body: 'The login page fails every time, can you please check it soon?',
        subject: 'Login fails',
        screenshot: false,
      }),
    );
    const result = await fire(desk, 'awaiting-info', MONDAY_10 + 72 * HOUR);
    expect(result).toMatchObject({ outcome: 'sent', to: ['anna@example.net'] });
    const text = desk.mail.texts()[0] ?? '';
    const body = await desk.mail.body(0);
    expect(body).toContain('still waiting for the information');
    expect(body).toContain('screenshot');
    expect(text).toMatch(/^In-Reply-To: <req-1@mail\.example\.net>$/m);
  });

  it('answers no-ticket for a ticket that does not exist', async () => {
    const desk = new Harness();
    expect(await fire(desk, 'take-charge-due')).toMatchObject({ outcome: 'no-ticket' });
  });
});

describe('sendReminder after a reopening', () => {
  const reopened: Partial<Ticket> = {
    status: 'in-progress',
    takenInChargeAt: MONDAY_10,
    remindersSent: [{ kind: 'resolution-due', at: MONDAY_10 + 40 * HOUR }],
    reopenings: [
      {
        at: MONDAY_10 + 50 * HOUR,
        resolvedAt: MONDAY_10 + 45 * HOUR,
        closedAt: null,
        resolutionDeadline: MONDAY_10 + 40 * HOUR,
      },
    ],
    schedules: ['2026-000001-r1-resolution-due', '2026-000001-r1-resolution-warning'],
  };
  const later = MONDAY_10 + 90 * HOUR;

  it('sends a kind the earlier round sent already, once, recorded with its round', async () => {
    const desk = await withTicket(reopened);
    expect(await fire(desk, 'resolution-due', later)).toMatchObject({ outcome: 'sent' });
    expect(await fire(desk, 'resolution-due', later + HOUR)).toMatchObject({ outcome: 'already-sent' });
    const ticket = await desk.tickets.get('2026-000001');
    expect(ticket?.remindersSent).toEqual([
      { kind: 'resolution-due', at: MONDAY_10 + 40 * HOUR },
      { kind: 'resolution-due', at: later, round: 1 },
    ]);
    expect(ticket?.schedules).toEqual(['2026-000001-r1-resolution-warning']);
    expect(desk.mail.sent).toHaveLength(1);
  });

  it('gives the later round its own Message-ID, so mail clients keep both emails', async () => {
    const first = await withTicket({ status: 'in-progress' });
    await fire(first, 'resolution-due', later);
    const second = await withTicket(reopened);
    await fire(second, 'resolution-due', later);
    expect(second.mail.sent[0]?.messageId).toMatch(/^2026-000001\.resolution-due\./);
    expect(second.mail.sent[0]?.messageId).not.toBe(first.mail.sent[0]?.messageId);
    expect(second.mail.texts()[0]).toContain(`Message-ID: <${second.mail.sent[0]?.messageId}>`);
  });

  it('runs each round under its own unit of work', async () => {
    const desk = await withTicket(reopened);
    await fire(desk, 'resolution-due', later);
    expect([...desk.work.records.keys()]).toContain('reminder#2026-000001#r1#resolution-due');
  });
});
