import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  addOpenTime,
  businessTimeBetween,
  CalendarNeverOpensError,
  formatInZone,
  isOpen,
  nextOpening,
  parseCalendar,
} from '../../../lib/calendar';
import { at, contractCalendar, example } from './support/calendars';

const HOUR = 3_600_000;
const cal = contractCalendar();

describe('isOpen', () => {
  it.each([
    { instant: '2026-01-08T08:59:59+01:00', open: false, why: 'before the morning opening' },
    { instant: '2026-01-08T09:00:00+01:00', open: true, why: 'at the opening' },
    { instant: '2026-01-08T12:59:00+01:00', open: true, why: 'at 12:59' },
    { instant: '2026-01-08T13:00:00+01:00', open: false, why: 'at the lunch closing' },
    { instant: '2026-01-08T14:30:00+01:00', open: true, why: 'at the afternoon opening' },
    { instant: '2026-01-08T18:30:00+01:00', open: false, why: 'at the evening closing' },
    { instant: '2026-01-10T10:00:00+01:00', open: false, why: 'on a Saturday' },
    { instant: '2026-01-06T10:00:00+01:00', open: false, why: 'on Epiphany' },
  ])('is $open $why', ({ instant, open }) => {
    expect(isOpen(cal, at(instant))).toBe(open);
  });
});

describe('nextOpening', () => {
  it.each([
    {
      name: 'is the instant itself when already open',
      from: '2026-01-08T10:15:00+01:00',
      next: '2026-01-08T10:15:00+01:00',
    },
    { name: 'is 14:30 from lunch', from: '2026-01-08T13:00:00+01:00', next: '2026-01-08T14:30:00+01:00' },
    {
      name: 'is Monday 09:00 from Friday evening',
      from: '2026-01-09T18:30:00+01:00',
      next: '2026-01-12T09:00:00+01:00',
    },
    {
      name: 'skips New Year and Epiphany',
      from: '2025-12-31T19:00:00+01:00',
      next: '2026-01-02T09:00:00+01:00',
    },
  ])('$name', ({ from, next }) => {
    expect(formatInZone(cal, nextOpening(cal, at(from))!)).toBe(next);
  });

  it('is null when the calendar never opens again', () => {
    const once = parseCalendar({
      timeZone: 'Europe/Rome',
      hours: {},
      special: { '2026-03-02': ['09:00-10:00'] },
    });
    expect(nextOpening(once, at('2026-03-02T08:00:00+01:00'))).toBe(at('2026-03-02T09:00:00+01:00'));
    expect(nextOpening(once, at('2026-03-02T10:00:00+01:00'))).toBeNull();
  });
});

describe('businessTimeBetween', () => {
  it.each([
    {
      name: 'counts a split day as 8 hours',
      from: '2026-01-08T00:00:00+01:00',
      to: '2026-01-09T00:00:00+01:00',
      hours: 8,
    },
    {
      name: 'counts the week with Epiphany as 4 days',
      from: '2026-01-05T00:00:00+01:00',
      to: '2026-01-12T00:00:00+01:00',
      hours: 32,
    },
    {
      name: 'crosses a year boundary',
      from: '2026-12-31T00:00:00+01:00',
      to: '2027-01-08T00:00:00+01:00',
      hours: 32,
    },
    {
      // 261 weekdays in 2026, less 7 holidays on weekdays (1/1, 6/1, 6/4, 1/5, 2/6, 8/12, 25/12).
      name: 'counts a full year',
      from: '2026-01-01T00:00:00+01:00',
      to: '2027-01-01T00:00:00+01:00',
      hours: 8 * (261 - 7),
    },
    {
      name: 'is zero when the end comes first',
      from: '2026-01-09T00:00:00+01:00',
      to: '2026-01-08T00:00:00+01:00',
      hours: 0,
    },
    {
      name: 'counts part of an interval',
      from: '2026-01-08T12:15:00+01:00',
      to: '2026-01-08T15:00:00+01:00',
      hours: 1.25,
    },
  ])('$name', ({ from, to, hours }) => {
    expect(businessTimeBetween(cal, at(from), at(to))).toBe(hours * HOUR);
  });

  it('leaves paused open time out', () => {
    const pauses = [{ start: at('2026-01-08T12:00:00+01:00'), end: at('2026-01-08T15:00:00+01:00') }];
    expect(
      businessTimeBetween(cal, at('2026-01-08T00:00:00+01:00'), at('2026-01-09T00:00:00+01:00'), pauses),
    ).toBe(6.5 * HOUR);
  });

  it.each([
    { name: "is 5 real hours for a Sunday 00:00-06:00 on Rome's spring change", day: '2026-03-29', hours: 5 },
    { name: "is 7 real hours for a Sunday 00:00-06:00 on Rome's autumn change", day: '2026-10-25', hours: 7 },
    { name: 'is 6 hours for a Sunday 00:00-06:00 otherwise', day: '2026-03-22', hours: 6 },
  ])('$name', ({ day, hours }) => {
    const night = parseCalendar({ timeZone: 'Europe/Rome', hours: { sun: ['00:00-06:00'] } });
    const open = businessTimeBetween(
      night,
      at(`${day}T00:00:00Z`) - 12 * HOUR,
      at(`${day}T00:00:00Z`) + 24 * HOUR,
    );
    expect(open).toBe(hours * HOUR);
  });

  it.each([
    { day: '2026-03-02', hours: 16 },
    { day: '2026-03-09', hours: 15 },
    { day: '2026-03-30', hours: 16 },
    { day: '2026-10-26', hours: 15 },
    { day: '2026-11-02', hours: 16 },
  ])('gives the Rome and Chicago union $hours open hours on $day', ({ day, hours }) => {
    const union = example('two-regions');
    expect(businessTimeBetween(union, at(`${day}T00:00:00Z`), at(`${day}T00:00:00Z`) + 24 * HOUR)).toBe(
      hours * HOUR,
    );
  });
});

describe('addOpenTime', () => {
  it.each([0.5, 3, 8, 100, 2000])('is the inverse of businessTimeBetween for %d hours', (hours) => {
    const from = at('2026-07-30T11:11:00+02:00');
    const deadline = addOpenTime(cal, from, hours * HOUR);
    expect(businessTimeBetween(cal, from, deadline)).toBe(hours * HOUR);
    expect(isOpen(cal, deadline - 1)).toBe(true);
  });

  it('gives the next opening for no time at all', () => {
    expect(addOpenTime(cal, at('2026-01-08T13:10:00+01:00'), 0)).toBe(at('2026-01-08T14:30:00+01:00'));
  });

  it('throws CalendarNeverOpensError when not enough open time is left', () => {
    const once = parseCalendar({
      timeZone: 'Europe/Rome',
      hours: {},
      special: { '2026-03-02': ['09:00-10:00'] },
    });
    expect(addOpenTime(once, at('2026-03-01T00:00:00Z'), HOUR)).toBe(at('2026-03-02T10:00:00+01:00'));
    expect(() => addOpenTime(once, at('2026-03-01T00:00:00Z'), 2 * HOUR)).toThrow(CalendarNeverOpensError);
    expect(() => addBusinessTime(once, at('2026-03-01T00:00:00Z'), { amount: 1, unit: 'd' })).toThrow(
      CalendarNeverOpensError,
    );
  });
});

describe('the search horizon', () => {
  it('refuses an absurd amount with an error instead of walking for ever', () => {
    const always = parseCalendar({ timeZone: 'UTC', hours: '24/7' });
    expect(() =>
      addBusinessTime(always, at('2026-01-01T00:00:00Z'), { amount: 999_999_999, unit: 'h' }),
    ).toThrow('the engine computes within 1900-2200');
  });
});
