import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  CalendarError,
  calendarFromSnapshot,
  calendarSnapshot,
  formatInZone,
  parseCalendar,
} from '../../../lib/calendar';
import { at, weekdays } from './support/calendars';

const file = {
  description: 'Rome office',
  timeZone: 'Europe/Rome',
  hours: weekdays('09:00-18:00'),
  holidays: { country: 'IT', region: '62', city: 'RM' },
  closed: ['2026-08-10..2026-08-28'],
};

describe('calendar snapshots', () => {
  it('record the file without its description, and give back a calendar that counts the same', () => {
    const snapshot = calendarSnapshot(parseCalendar(file));
    expect(JSON.parse(snapshot)).toEqual({ ...file, description: undefined });
    expect(snapshot).not.toContain('Rome office');
    const again = calendarFromSnapshot(snapshot);
    const from = at('2026-06-26T17:00:00+02:00');
    const d = { amount: 2, unit: 'h' } as const;
    expect(formatInZone(again, addBusinessTime(again, from, d))).toBe('2026-06-30T10:00:00+02:00');
  });

  it('are the same text whatever the description says', () => {
    const other = calendarSnapshot(parseCalendar({ ...file, description: 'another wording' }));
    expect(other).toBe(calendarSnapshot(parseCalendar(file)));
  });

  it('keep a union whole', () => {
    const union = { anyOf: [file, { timeZone: 'America/Chicago', hours: weekdays('09:00-17:00') }] };
    expect(calendarFromSnapshot(calendarSnapshot(parseCalendar(union))).timeZone).toBe('Europe/Rome');
  });

  it('refuse, in one line, text that is not JSON or not a calendar', () => {
    expect(() => calendarFromSnapshot('{"timeZone":')).toThrow(CalendarError);
    expect(() => calendarFromSnapshot('{"timeZone":"GMT+1","hours":{}}')).toThrow(/timeZone = "GMT\+1"/);
  });
});
