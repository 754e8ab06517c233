import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  formatInZone,
  isOpen,
  parseBusinessDuration,
} from '../../../lib/calendar';
import { at, example } from './support/calendars';

/** Each example calendar of examples/calendars/ behaves as its policy in POLICIES.md says. */

const HOUR = 3_600_000;
const deadline = (name: string, from: string, add: string): string => {
  const cal = example(name);
  return formatInZone(cal, addBusinessTime(cal, at(from), parseBusinessDuration(add)));
};

describe('examples/calendars', () => {
  it('holds the calendars of the five policies, each of which parses', () => {
    const names = readdirSync(fileURLToPath(new URL('../../../examples/calendars', import.meta.url)));
    expect(names.sort()).toEqual([
      'afternoon.json',
      'itil-data-center.json',
      'itil.json',
      'split-shift.json',
      'standard.json',
      'two-regions-chicago.json',
      'two-regions-rome.json',
      'two-regions.json',
    ]);
    for (const name of names)
      expect(example(name.replace('.json', '')).timeZone).toMatch(/^(Europe\/Rome|America\/Chicago)$/);
  });
});

describe('policy A, standard: Monday-Friday 09:00-18:00 Europe/Rome, Italian holidays excluded', () => {
  it.each([
    {
      name: 'takes charge within 4 business hours, with no lunch break',
      from: '2026-01-08T11:00:00+01:00',
      add: '4h',
      due: '2026-01-08T15:00:00+01:00',
    },
    {
      name: 'processes a non-blocking request within 16 business hours: 9 on the first day, 7 on the next',
      from: '2026-01-08T09:00:00+01:00',
      add: '16h',
      due: '2026-01-09T16:00:00+01:00',
    },
    {
      name: 'does not count a Saturday',
      from: '2026-01-10T10:00:00+01:00',
      add: '4h',
      due: '2026-01-12T13:00:00+01:00',
    },
    {
      name: 'does not count Liberation Day (Saturday 25 April 2026) or Labour Day',
      from: '2026-04-30T15:00:00+02:00',
      add: '4h',
      due: '2026-05-04T10:00:00+02:00',
    },
  ])('$name', ({ from, add, due }) => {
    expect(deadline('standard', from, add)).toBe(due);
  });

  it('is not open for planned maintenance at night', () => {
    expect(isOpen(example('standard'), at('2026-01-08T03:00:00+01:00'))).toBe(false);
  });
});

describe('policy B, afternoon: Monday-Friday 15:00-18:00 Europe/Rome', () => {
  it.each([
    {
      name: 'counts a morning request from 15:00',
      from: '2026-01-12T10:00:00+01:00',
      add: '4h',
      due: '2026-01-13T16:00:00+01:00',
    },
    {
      name: 'runs 4 hours from Friday 17:00 to Monday 18:00',
      from: '2026-01-16T17:00:00+01:00',
      add: '4h',
      due: '2026-01-19T18:00:00+01:00',
    },
  ])('$name', ({ from, add, due }) => {
    expect(deadline('afternoon', from, add)).toBe(due);
  });

  it('is out of hours in the morning and on holidays', () => {
    const cal = example('afternoon');
    expect(isOpen(cal, at('2026-01-12T11:00:00+01:00'))).toBe(false);
    expect(isOpen(cal, at('2026-06-02T16:00:00+02:00'))).toBe(false);
    expect(isOpen(cal, at('2026-06-03T16:00:00+02:00'))).toBe(true);
  });
});

describe('policy C, itil: Monday-Friday 08:00-18:00, data-center services until 21:00', () => {
  it.each([
    {
      name: 'P1 take-charge (1h) at 17:30 ends the next morning',
      cal: 'itil',
      from: '2026-01-08T17:30:00+01:00',
      add: '1h',
      due: '2026-01-09T08:30:00+01:00',
    },
    {
      name: 'P1 take-charge (1h) at 17:30 on a data-center service ends the same evening',
      cal: 'itil-data-center',
      from: '2026-01-08T17:30:00+01:00',
      add: '1h',
      due: '2026-01-08T18:30:00+01:00',
    },
    {
      name: 'the data-center day closes at 21:00',
      cal: 'itil-data-center',
      from: '2026-01-08T20:30:00+01:00',
      add: '1h',
      due: '2026-01-09T08:30:00+01:00',
    },
    {
      name: 'P4 intervention (40h) is four full days',
      cal: 'itil',
      from: '2026-01-12T08:00:00+01:00',
      add: '40h',
      due: '2026-01-15T18:00:00+01:00',
    },
  ])('$name', ({ cal, from, add, due }) => {
    expect(deadline(cal, from, add)).toBe(due);
  });

  it('gives a data-center day 13 hours and an ordinary one 10', () => {
    const day = [at('2026-01-08T00:00:00+01:00'), at('2026-01-09T00:00:00+01:00')] as const;
    expect(businessTimeBetween(example('itil'), ...day)).toBe(10 * HOUR);
    expect(businessTimeBetween(example('itil-data-center'), ...day)).toBe(13 * HOUR);
  });
});

describe('policy D, split-shift: 09:00-13:00 and 14:30-18:30, August and Christmas closures of 2026', () => {
  it.each([
    {
      name: 'P1 resolution (1 business day) from Friday 11:00 is Monday 11:00',
      from: '2026-01-16T11:00:00+01:00',
      add: '1d',
      due: '2026-01-19T11:00:00+01:00',
    },
    {
      name: 'P4 resolution (30 business days) skips the summer closure',
      from: '2026-07-27T10:00:00+02:00',
      add: '30d',
      due: '2026-09-28T10:00:00+02:00',
    },
    {
      name: 'P2 take-charge (4h) on Christmas Eve uses the half day and reopens on 7 January',
      from: '2026-12-24T11:00:00+01:00',
      add: '4h',
      due: '2027-01-07T11:00:00+01:00',
    },
    {
      name: 'P3 take-charge (8h) is a full split day',
      from: '2026-01-08T09:00:00+01:00',
      add: '8h',
      due: '2026-01-08T18:30:00+01:00',
    },
  ])('$name', ({ from, add, due }) => {
    expect(deadline('split-shift', from, add)).toBe(due);
  });

  it.each([
    { instant: '2026-08-07T10:00:00+02:00', open: true },
    { instant: '2026-08-10T10:00:00+02:00', open: false },
    { instant: '2026-08-28T17:00:00+02:00', open: false },
    { instant: '2026-08-31T09:00:00+02:00', open: true },
    { instant: '2026-12-24T12:59:00+01:00', open: true },
    { instant: '2026-12-24T15:00:00+01:00', open: false },
    { instant: '2027-01-05T10:00:00+01:00', open: false },
  ])('is open at $instant: $open', ({ instant, open }) => {
    expect(isOpen(example('split-shift'), at(instant))).toBe(open);
  });
});

describe('policy E, two-regions: Rome 08:00-17:00 and Chicago 09:00-17:00, the region picks the calendar', () => {
  it.each([
    {
      name: 'Rome: a first-level answer (4h) from 16:00 ends the next morning',
      cal: 'two-regions-rome',
      from: '2026-01-12T16:00:00+01:00',
      add: '4h',
      due: '2026-01-13T11:00:00+01:00',
    },
    {
      name: 'Chicago: 4h from 16:00 Chicago time ends the next morning there',
      cal: 'two-regions-chicago',
      from: '2026-01-12T16:00:00-06:00',
      add: '4h',
      due: '2026-01-13T12:00:00-06:00',
    },
    {
      name: 'both teams as one desk: Chicago carries on when Rome closes',
      cal: 'two-regions',
      from: '2026-01-12T16:00:00+01:00',
      add: '4h',
      due: '2026-01-12T20:00:00+01:00',
    },
    {
      name: 'legal team (5 business days) on the Rome calendar',
      cal: 'two-regions-rome',
      from: '2026-01-12T10:00:00+01:00',
      add: '5d',
      due: '2026-01-19T10:00:00+01:00',
    },
  ])('$name', ({ cal, from, add, due }) => {
    expect(deadline(cal, from, add)).toBe(due);
  });

  it('keeps Chicago in its own zone across daylight saving time (the contract says GMT-6)', () => {
    const chicago = example('two-regions-chicago');
    expect(isOpen(chicago, at('2026-07-06T09:30:00-05:00'))).toBe(true);
    expect(isOpen(chicago, at('2026-07-06T17:30:00-05:00'))).toBe(false);
  });
});
