import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk';
import { summarize, ticketTable } from '../../../lib/local/ticket-listing';
import { aTicket, HOUR, MONDAY_10 } from '../tickets/fixtures';

const calendarId = defaultDesk().defaultCalendarId;

describe('summarize', () => {
  it('shows deadlines in the zone of the ticket calendar, as the dry run does', () => {
    const summary = summarize(aTicket({ calendarId }), defaultDesk());
    expect(summary).toMatchObject({
      number: '2026-000001',
      status: 'open',
      priority: 'P3',
      language: 'it',
      customer: 'anna@example.net',
      subject: 'Login page broken',
      deadlines: { takeCharge: '2026-11-23T18:00:00+01:00', resolution: '2026-11-28T10:00:00+01:00' },
    });
  });

  it('keeps null deadlines of a ticket awaiting information', () => {
    const ticket = aTicket({
      calendarId,
      status: 'awaiting-info',
      deadlines: { takeCharge: null, resolution: null },
    });
    expect(summarize(ticket, defaultDesk()).deadlines).toEqual({ takeCharge: null, resolution: null });
  });

  it('falls back to UTC for a calendar the desk no longer has', () => {
    const summary = summarize(aTicket({ calendarId: 'gone', createdAt: MONDAY_10 + HOUR }), defaultDesk());
    expect(summary.createdAt).toBe('2026-11-23T10:00:00.000Z');
  });
});

describe('ticketTable', () => {
  it('lines up one row per ticket under a header', () => {
    const lines = ticketTable([summarize(aTicket({ calendarId }), defaultDesk())]);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.indexOf('status')).toBe(lines[1]?.indexOf('open'));
  });

  it('says so when there is no ticket', () => {
    expect(ticketTable([])).toEqual(['no tickets']);
  });
});
