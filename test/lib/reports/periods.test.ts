import { describe, expect, it } from 'vitest';
import { periodOf, periodsCovering } from '../../../lib/reports/periods';
import { rome } from './tickets';

const ZONE = 'Europe/Rome';
const iso = (at: number) => new Date(at).toISOString();

describe('periodOf', () => {
  it.each([
    [
      'a night already in November in Rome (still October in UTC)',
      '2026-11-01T00:30',
      'month',
      '2026-11',
      '2026-10-31T23:00:00.000Z',
      '2026-11-30T23:00:00.000Z',
    ],
    [
      'the last minute of October in Rome',
      '2026-10-31T23:59',
      'month',
      '2026-10',
      '2026-09-30T22:00:00.000Z',
      '2026-10-31T23:00:00.000Z',
    ],
    [
      'a day of the ISO week 48',
      '2026-11-25T12:00',
      'week',
      '2026-W48',
      '2026-11-22T23:00:00.000Z',
      '2026-11-29T23:00:00.000Z',
    ],
    [
      'New Year in the last ISO week of 2026',
      '2027-01-01T10:00',
      'week',
      '2026-W53',
      '2026-12-27T23:00:00.000Z',
      '2027-01-03T23:00:00.000Z',
    ],
    [
      'the week daylight saving time ends (169 hours long)',
      '2026-10-25T12:00',
      'week',
      '2026-W43',
      '2026-10-18T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
    ],
  ] as const)('puts %s in %s %s', (_, local, kind, label, start, end) => {
    const period = periodOf(rome(local), kind, ZONE);
    expect([period.label, iso(period.start), iso(period.end)]).toEqual([label, start, end]);
  });
});

describe('periodsCovering', () => {
  it('covers a range with consecutive months, clipping the first and the last', () => {
    const periods = periodsCovering(rome('2026-09-15T00:00'), rome('2026-11-10T12:00'), 'month', ZONE);
    expect(periods.map((p) => [p.label, iso(p.start), iso(p.end)])).toEqual([
      ['2026-09', '2026-09-14T22:00:00.000Z', '2026-09-30T22:00:00.000Z'],
      ['2026-10', '2026-09-30T22:00:00.000Z', '2026-10-31T23:00:00.000Z'],
      ['2026-11', '2026-10-31T23:00:00.000Z', '2026-11-10T11:00:00.000Z'],
    ]);
  });

  it('has nothing to cover in an empty range', () => {
    expect(periodsCovering(rome('2026-11-10T12:00'), rome('2026-11-10T12:00'), 'week', ZONE)).toEqual([]);
  });
});
