import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../lib/desk';
import { ticketView } from '../../lib/tickets';
import { ticketTable } from '../../local/ticket-listing';
import { aTicket } from '../lib/tickets/fixtures';

describe('ticketTable', () => {
  const view = ticketView(aTicket({ calendarId: defaultDesk().defaultCalendarId }), defaultDesk());

  it('lines up one row per ticket under a header', () => {
    const lines = ticketTable([view, { ...view, number: '2026-000002', status: 'awaiting-info' }]);
    expect(lines).toHaveLength(3);
    const column = lines[0]!.indexOf('take charge by');
    expect(lines.slice(1).map((line) => line.indexOf(view.deadlines.takeCharge!))).toEqual([column, column]);
  });

  it('shows a dash for a deadline not set yet', () => {
    const [, row] = ticketTable([{ ...view, deadlines: { takeCharge: null, resolution: null } }]);
    expect(row).toMatch(/ - +- +anna@example\.net/);
  });

  it('says so when there is no ticket', () => {
    expect(ticketTable([])).toEqual(['no tickets']);
  });
});
