import { describe, expect, it } from 'vitest';
import { calendarSnapshot, parseCalendar } from '../../../../lib/calendar';
import { defaultDesk } from '../../../../lib/desk';
import { explainTicketDeadlines } from '../../../../lib/tickets/views/deadline-explanations';
import { aTicket } from '../fixtures';

const at = (iso: string) => Date.parse(iso);
const desk = defaultDesk();
const calendarId = desk.defaultCalendarId;

describe('explainTicketDeadlines', () => {
  it('counts the open intervals from the clock start to the take-charge deadline, skipping the weekend', () => {
    // Friday 17:30 Rome + 2 business hours on the default desk is Monday 10:00: 17:30-18:30, then 09:00-10:00.
    const ticket = aTicket({
      calendarId,
      clockStart: at('2026-01-09T17:30:00+01:00'),
      deadlines: { takeCharge: at('2026-01-12T10:00:00+01:00'), resolution: null },
    });
    const { takeCharge, resolution } = explainTicketDeadlines(ticket, desk);
    expect(resolution).toBeNull();
    expect(takeCharge?.deadline).toBe('2026-01-12T10:00:00+01:00');
    expect(takeCharge?.counted.map((c) => c.minutes)).toEqual([60, 60]);
    expect(takeCharge?.skipped.map((s) => [s.date, s.reason])).toEqual([
      ['2026-01-10', 'weekend'],
      ['2026-01-11', 'weekend'],
    ]);
  });

  it('explains with the calendar the ticket was received with, not the desk calendar of today', () => {
    // The ticket was received under a calendar closed on Monday 12 January; today's desk is open then.
    const closedMonday = parseCalendar(
      {
        timeZone: 'Europe/Rome',
        hours: { mon: ['09:00-18:00'], tue: ['09:00-18:00'], fri: ['09:00-18:00'] },
        closed: ['2026-01-12'],
      },
      'then',
    );
    const ticket = aTicket({
      clockStart: at('2026-01-09T17:00:00+01:00'),
      deadlines: { takeCharge: at('2026-01-13T10:00:00+01:00'), resolution: null },
      calendarSnapshot: calendarSnapshot(closedMonday),
    });
    const explained = explainTicketDeadlines(ticket, desk).takeCharge;
    expect(explained?.skipped).toContainEqual(
      expect.objectContaining({ date: '2026-01-12', reason: 'closed' }),
    );
    expect(explained?.counted.reduce((sum, c) => sum + c.minutes, 0)).toBe(120);
  });

  it('has nothing to explain for a ticket whose clock has not started', () => {
    const ticket = aTicket({
      calendarId,
      clockStart: null,
      deadlines: { takeCharge: null, resolution: null },
    });
    expect(explainTicketDeadlines(ticket, desk)).toEqual({ takeCharge: null, resolution: null });
  });
});
