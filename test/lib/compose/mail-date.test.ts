import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { mailDate } from '../../../lib/compose/mail-date';

const luxon = (at: number) => DateTime.fromMillis(at, { zone: 'utc', locale: 'en-US' }).toRFC2822();

describe('mailDate', () => {
  it('writes an instant as luxon writes it in UTC', () => {
    expect(mailDate(Date.UTC(2026, 11, 3, 10, 0, 0))).toBe('Thu, 03 Dec 2026 10:00:00 +0000');
    fc.assert(
      fc.property(fc.integer({ min: -40_000_000_000_000, max: 260_000_000_000_000 }), (at) => {
        expect(mailDate(at)).toBe(luxon(at));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['the epoch', 0],
    ['the last millisecond of 1969', -1],
    ['a leap day', Date.UTC(2028, 1, 29, 23, 59, 59, 999)],
    ['the first instant written by hand', Date.UTC(1000, 0, 1)],
    ['the last one', Date.UTC(9999, 11, 31, 23, 59, 59, 999)],
    ['year 10000', Date.UTC(10_000, 0, 1)],
    ['a fraction of a millisecond', 1_796_299_403_058.5],
    ['not a number', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
  ])('writes %s as luxon does', (_name, at) => {
    expect(mailDate(at)).toBe(luxon(at));
  });
});
