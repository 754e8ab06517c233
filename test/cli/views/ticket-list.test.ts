import { describe, expect, it } from 'vitest';
import { flagsOf, localTime, ticketListJson, ticketTable } from '../../../cli/views/ticket-list';
import { defaultDesk } from '../../../lib/desk';
import { ticketView } from '../../../lib/tickets';
import { aTicket } from '../../lib/tickets/fixtures';

const view = ticketView(aTicket({ calendarId: defaultDesk().defaultCalendarId }), defaultDesk());

describe('ticketTable', () => {
  it('lines up one row per ticket under a header, times in the desk zone it names', () => {
    const lines = ticketTable([view, { ...view, number: '2026-000002', status: 'awaiting-info' }]);
    expect(lines).toHaveLength(4);
    const column = lines[0]!.indexOf('take charge by');
    expect(lines.slice(1, 3).map((line) => line.indexOf('2026-11-23 18:00'))).toEqual([column, column]);
    expect(lines[3]).toBe('times in Europe/Rome');
  });

  it('writes times in the desk zone whatever offset the view carries', () => {
    expect(localTime('2026-11-23T17:00:00Z', 'Europe/Rome')).toBe('2026-11-23 18:00');
    expect(localTime('2026-11-23T12:00:00-05:00', 'Europe/Rome')).toBe('2026-11-23 18:00');
  });

  it('shows the tier and the flags of each ticket', () => {
    const [, row] = ticketTable([
      { ...view, tier: 'gold', urgent: true, outOfHours: true, bestEffort: true },
    ]);
    expect(row).toMatch(/ P3 +urgent,out-of-hours,best-effort +gold +it /);
    expect(flagsOf({ urgent: false, outOfHours: false, bestEffort: true })).toBe('best-effort');
    expect(flagsOf({ urgent: false, outOfHours: false, bestEffort: false })).toBe('-');
  });

  it('shows a dash for a deadline not set yet', () => {
    const [, row] = ticketTable([{ ...view, deadlines: { takeCharge: null, resolution: null } }]);
    expect(row).toMatch(/ - +- +anna@example\.net/);
  });

  it('says so when there is no ticket', () => {
    expect(ticketTable([])).toEqual(['no tickets']);
  });
});

describe('ticketListJson', () => {
  it('keeps the CONTRACT fields exactly and adds tier, flags and zone', () => {
    const [listed] = JSON.parse(ticketListJson([view])) as Record<string, unknown>[];
    expect(listed).toMatchObject({
      number: '2026-000001',
      status: 'open',
      priority: 'P3',
      language: 'it',
      customer: 'anna@example.net',
      subject: 'Login page broken',
      deadlines: { takeCharge: '2026-11-23T18:00:00+01:00', resolution: '2026-11-28T10:00:00+01:00' },
      tier: 'standard',
      urgent: false,
      outOfHours: false,
      bestEffort: false,
      zone: 'Europe/Rome',
    });
  });
});
