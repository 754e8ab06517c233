import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateOf,
  dayNumberOf,
  formatIsoDate,
  monthIndexOf,
  monthIndexOfDay,
  parseIsoDate,
  weekdayOf,
} from '../../../lib/calendar/local-date';

describe('day numbers', () => {
  it('agree with JavaScript UTC dates on any day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (day) => {
        const expected = new Date(day * 86_400_000);
        expect(dateOf(day)).toEqual({
          year: expected.getUTCFullYear(),
          month: expected.getUTCMonth() + 1,
          day: expected.getUTCDate(),
        });
        expect(
          dayNumberOf(expected.getUTCFullYear(), expected.getUTCMonth() + 1, expected.getUTCDate()),
        ).toBe(day);
        expect(weekdayOf(day)).toBe((expected.getUTCDay() + 6) % 7);
        expect(monthIndexOfDay(day)).toBe(expected.getUTCFullYear() * 12 + expected.getUTCMonth());
        expect(monthIndexOf(expected.getUTCFullYear(), expected.getUTCMonth() + 1)).toBe(
          monthIndexOfDay(day),
        );
      }),
    );
  });

  it.each([
    { text: '2026-01-06', weekday: 1, why: 'Epiphany 2026 is a Tuesday' },
    { text: '2027-10-04', weekday: 0, why: '4 October 2027 is a Monday' },
    { text: '2028-02-29', weekday: 1, why: 'a leap day' },
  ])('reads $text ($why)', ({ text, weekday }) => {
    const day = parseIsoDate(text)!;
    expect(weekdayOf(day)).toBe(weekday);
    expect(formatIsoDate(day)).toBe(text);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-05', '2026-01-05T00:00', ''])(
    'rejects %j',
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );
});
