import { describe, expect, it } from 'vitest';
import { closureAhead, explainDeadline, parseCalendar } from '../../../lib/calendar';
import { CalendarConfigError } from '../../../lib/calendar/errors';
import { at, weekdays } from './support/calendars';

const summer = { it: 'Chiusura estiva', en: 'Summer closure' };
const desk = parseCalendar({
  timeZone: 'Europe/Rome',
  hours: weekdays('09:00-13:00', '14:30-18:30'),
  holidays: { country: 'IT' },
  closed: [
    '2026-06-05',
    { dates: '2026-08-10..2026-08-28', name: summer },
    { dates: '2026-12-28..2027-01-06', name: 'Chiusura natalizia' },
  ],
});

describe('named closures', () => {
  it('names the closure a message arrives in, its last date and when support reopens', () => {
    expect(closureAhead(desk, at('2026-08-12T10:00:00+02:00'))).toEqual({
      names: summer,
      lastDate: '2026-08-28',
      reopensAt: at('2026-08-31T09:00:00+02:00'),
    });
  });

  it('names the closure that comes before the next opening (the Friday evening before it)', () => {
    expect(closureAhead(desk, at('2026-08-07T19:00:00+02:00'))?.lastDate).toBe('2026-08-28');
    // Christmas: closed 25-26 December (holidays), then the named closure to 6 January (a holiday too).
    expect(closureAhead(desk, at('2026-12-24T19:00:00+01:00'))).toEqual({
      names: { '*': 'Chiusura natalizia' },
      lastDate: '2027-01-06',
      reopensAt: at('2027-01-07T09:00:00+01:00'),
    });
  });

  it('names nothing for an open hour, an ordinary weekend or an unnamed closed date', () => {
    expect(closureAhead(desk, at('2026-08-06T10:00:00+02:00'))).toBeNull();
    expect(closureAhead(desk, at('2026-07-11T10:00:00+02:00'))).toBeNull();
    expect(closureAhead(desk, at('2026-06-05T10:00:00+02:00'))).toBeNull();
  });

  it('closes the named dates for deadlines exactly like unnamed ones, and names them in explanations', () => {
    const explained = explainDeadline(desk, at('2026-08-07T18:30:00+02:00'), { amount: 1, unit: 'h' });
    expect(explained.deadline).toBe('2026-08-31T10:00:00+02:00');
    expect(explained.skipped).toContainEqual({
      date: '2026-08-10',
      reason: 'closed',
      name: 'Summer closure',
    });
  });

  it('rejects a named closure with bad dates or an empty name, with one line naming the field', () => {
    const file = (entry: unknown) => ({
      timeZone: 'Europe/Rome',
      hours: weekdays('09:00-18:00'),
      closed: [entry],
    });
    expect(() => parseCalendar(file({ dates: '2026-08-28..2026-08-10', name: 'x' }), 'cal.json')).toThrow(
      /cal\.json: closed\[0\].*ends before it starts/,
    );
    expect(() => parseCalendar(file({ dates: '2026-08-10', name: '' }), 'cal.json')).toThrow(
      CalendarConfigError,
    );
  });
});
