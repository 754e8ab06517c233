import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  type Calendar,
  formatInZone,
  parseBusinessDuration,
  parseCalendar,
} from '../../../lib/calendar';
import { at, contractCalendar, example, weekdays } from './support/calendars';

const milan = parseCalendar({
  timeZone: 'Europe/Rome',
  hours: weekdays('09:00-13:00', '14:30-18:30'),
  holidays: { country: 'IT', region: '25', city: 'MI' },
});
const rome24x7 = parseCalendar({ timeZone: 'Europe/Rome', hours: '24/7' });

const calendars: Record<string, () => Calendar> = {
  contract: contractCalendar,
  standard: () => example('standard'),
  splitShift: () => example('split-shift'),
  milan: () => milan,
  rome24x7: () => rome24x7,
  chicago: () => example('two-regions-chicago'),
  twoRegions: () => example('two-regions'),
};

interface Case {
  readonly name: string;
  readonly calendar: keyof typeof calendars;
  readonly from: string;
  readonly add: string;
  readonly pauses?: readonly (readonly [string, string])[];
  readonly deadline: string;
}

function deadlineOf({ calendar, from, add, pauses = [] }: Case): string {
  const cal = calendars[calendar]!();
  const spans = pauses.map(([start, end]) => ({ start: at(start), end: at(end) }));
  return formatInZone(cal, addBusinessTime(cal, at(from), parseBusinessDuration(add), spans));
}

function expectDeadlines(cases: readonly Case[]): void {
  it.each(cases)('$name', (c) => {
    expect(deadlineOf(c)).toBe(c.deadline);
    expect(at(deadlineOf(c))).toBe(at(c.deadline));
  });
}

describe('addBusinessTime: the worked examples of CONTRACT section 2', () => {
  expectDeadlines([
    {
      name: 'takes 30 minutes before lunch and 3h30 after',
      calendar: 'contract',
      from: '2026-01-08T12:30:00+01:00',
      add: '4h',
      deadline: '2026-01-08T18:00:00+01:00',
    },
    {
      name: 'runs from Friday evening into Monday',
      calendar: 'contract',
      from: '2026-01-09T17:30:00+01:00',
      add: '2h',
      deadline: '2026-01-12T10:00:00+01:00',
    },
    {
      name: 'skips Tuesday 6 January (Epiphany) when counting business days',
      calendar: 'contract',
      from: '2026-01-05T10:00:00+01:00',
      add: '2d',
      deadline: '2026-01-08T10:00:00+01:00',
    },
    {
      name: 'reports a business-day target at an opening as the closing before it',
      calendar: 'contract',
      from: '2026-01-13T13:30:00+01:00',
      add: '1d',
      deadline: '2026-01-14T13:00:00+01:00',
    },
    {
      name: 'ends 09:00 + 9h on a 09:00-18:00 day at 18:00 the same day',
      calendar: 'standard',
      from: '2026-01-08T09:00:00+01:00',
      add: '9h',
      deadline: '2026-01-08T18:00:00+01:00',
    },
    {
      name: 'makes Saturday 11:00 + 1d Monday 18:00',
      calendar: 'standard',
      from: '2026-01-10T11:00:00+01:00',
      add: '1d',
      deadline: '2026-01-12T18:00:00+01:00',
    },
    {
      name: 'makes Tuesday 10:00 + 1d Wednesday 10:00',
      calendar: 'standard',
      from: '2026-01-13T10:00:00+01:00',
      add: '1d',
      deadline: '2026-01-14T10:00:00+01:00',
    },
  ]);
});

describe('addBusinessTime: opening hours', () => {
  expectDeadlines([
    {
      name: 'lunch break at 12:59: one minute before lunch, 59 after',
      calendar: 'contract',
      from: '2026-01-08T12:59:00+01:00',
      add: '1h',
      deadline: '2026-01-08T15:29:00+01:00',
    },
    {
      name: 'counts a request made at lunch from the 14:30 opening',
      calendar: 'contract',
      from: '2026-01-08T13:30:00+01:00',
      add: '30m',
      deadline: '2026-01-08T15:00:00+01:00',
    },
    {
      name: 'closing-time boundary: ends a full split day exactly at 18:30',
      calendar: 'contract',
      from: '2026-01-08T09:00:00+01:00',
      add: '8h',
      deadline: '2026-01-08T18:30:00+01:00',
    },
    {
      name: 'closing-time boundary: counts a request at 18:30 from the next morning',
      calendar: 'contract',
      from: '2026-01-08T18:30:00+01:00',
      add: '1m',
      deadline: '2026-01-09T09:01:00+01:00',
    },
    {
      name: 'Saturday start: counts from Monday 09:00',
      calendar: 'contract',
      from: '2026-01-10T11:00:00+01:00',
      add: '1h',
      deadline: '2026-01-12T10:00:00+01:00',
    },
    {
      name: 'keeps seconds and milliseconds of the start',
      calendar: 'contract',
      from: '2026-01-08T10:00:30.250+01:00',
      add: '90m',
      deadline: '2026-01-08T11:30:30.250+01:00',
    },
  ]);
});

describe('addBusinessTime: holidays and closures', () => {
  expectDeadlines([
    {
      name: 'Easter Monday (2026-04-06) is closed',
      calendar: 'contract',
      from: '2026-04-03T17:30:00+02:00',
      add: '2h',
      deadline: '2026-04-07T10:00:00+02:00',
    },
    {
      name: '4 October 2027, a Monday, is the new national holiday',
      calendar: 'contract',
      from: '2027-10-01T17:30:00+02:00',
      add: '2h',
      deadline: '2027-10-05T10:00:00+02:00',
    },
    {
      name: '4 October 2027 is not a business date',
      calendar: 'contract',
      from: '2027-10-01T10:00:00+02:00',
      add: '1d',
      deadline: '2027-10-05T10:00:00+02:00',
    },
    {
      name: "Milan's 7 December (Sant'Ambrogio) closes Milan",
      calendar: 'milan',
      from: '2026-12-04T17:30:00+01:00',
      add: '2h',
      deadline: '2026-12-09T10:00:00+01:00',
    },
    {
      name: '7 December is an ordinary Monday for the national calendar',
      calendar: 'contract',
      from: '2026-12-04T17:30:00+01:00',
      add: '2h',
      deadline: '2026-12-07T10:00:00+01:00',
    },
    {
      name: 'a closure spanning weeks (10-28 August) is skipped whole',
      calendar: 'splitShift',
      from: '2026-08-07T17:30:00+02:00',
      add: '2h',
      deadline: '2026-08-31T10:00:00+02:00',
    },
    {
      name: 'business days jump the August closure',
      calendar: 'splitShift',
      from: '2026-08-06T10:00:00+02:00',
      add: '2d',
      deadline: '2026-08-31T10:00:00+02:00',
    },
    {
      name: '30 business days run across the August closure',
      calendar: 'splitShift',
      from: '2026-07-27T10:00:00+02:00',
      add: '30d',
      deadline: '2026-09-28T10:00:00+02:00',
    },
    {
      name: 'a half day before Christmas, then the Christmas closure',
      calendar: 'splitShift',
      from: '2026-12-24T12:00:00+01:00',
      add: '2h',
      deadline: '2027-01-07T10:00:00+01:00',
    },
    {
      name: 'business days landing on a closed afternoon end at the closing before it',
      calendar: 'splitShift',
      from: '2026-12-23T15:00:00+01:00',
      add: '1d',
      deadline: '2026-12-24T13:00:00+01:00',
    },
    {
      name: 'business days landing after a holiday skip it',
      calendar: 'standard',
      from: '2026-12-31T10:00:00+01:00',
      add: '1d',
      deadline: '2027-01-04T10:00:00+01:00',
    },
  ]);
});

describe('addBusinessTime: daylight saving time', () => {
  expectDeadlines([
    {
      name: "Rome's spring change (2026-03-29) between Friday and Monday",
      calendar: 'splitShift',
      from: '2026-03-27T17:30:00+01:00',
      add: '2h',
      deadline: '2026-03-30T10:00:00+02:00',
    },
    {
      name: "Rome's autumn change (2026-10-25) between Friday and Monday",
      calendar: 'splitShift',
      from: '2026-10-23T17:30:00+02:00',
      add: '2h',
      deadline: '2026-10-26T10:00:00+01:00',
    },
    {
      name: 'Rome 24/7: 24 open hours across the spring change are 25 on the clock',
      calendar: 'rome24x7',
      from: '2026-03-28T12:00:00+01:00',
      add: '24h',
      deadline: '2026-03-29T13:00:00+02:00',
    },
    {
      name: 'Rome 24/7: 24 open hours across the autumn change are 23 on the clock',
      calendar: 'rome24x7',
      from: '2026-10-24T12:00:00+02:00',
      add: '24h',
      deadline: '2026-10-25T11:00:00+01:00',
    },
    {
      name: 'Rome 24/7: one business day keeps the clock time across the change',
      calendar: 'rome24x7',
      from: '2026-03-28T12:00:00+01:00',
      add: '1d',
      deadline: '2026-03-29T12:00:00+02:00',
    },
    {
      name: "Chicago's spring change (2026-03-08) between Friday and Monday",
      calendar: 'chicago',
      from: '2026-03-06T16:00:00-06:00',
      add: '2h',
      deadline: '2026-03-09T10:00:00-05:00',
    },
    {
      name: "Chicago's autumn change (2026-11-01) between Friday and Monday",
      calendar: 'chicago',
      from: '2026-10-30T16:00:00-05:00',
      add: '2h',
      deadline: '2026-11-02T10:00:00-06:00',
    },
    {
      name: 'union of Rome and Chicago before either change: 16 open hours a day',
      calendar: 'twoRegions',
      from: '2026-03-02T08:00:00+01:00',
      add: '16h',
      deadline: '2026-03-03T00:00:00+01:00',
    },
    {
      name: 'union after Chicago springs forward, before Rome does: 15 open hours',
      calendar: 'twoRegions',
      from: '2026-03-09T08:00:00+01:00',
      add: '16h',
      deadline: '2026-03-10T09:00:00+01:00',
    },
    {
      name: 'union after both spring changes: 16 open hours again',
      calendar: 'twoRegions',
      from: '2026-03-30T08:00:00+02:00',
      add: '16h',
      deadline: '2026-03-31T00:00:00+02:00',
    },
    {
      name: 'union after Rome falls back, before Chicago does: 15 open hours',
      calendar: 'twoRegions',
      from: '2026-10-26T08:00:00+01:00',
      add: '16h',
      deadline: '2026-10-27T09:00:00+01:00',
    },
    {
      name: 'union after Chicago falls back (2026-11-01): 16 open hours',
      calendar: 'twoRegions',
      from: '2026-11-02T08:00:00+01:00',
      add: '16h',
      deadline: '2026-11-03T00:00:00+01:00',
    },
    {
      name: 'union on Martin Luther King Day: only Rome is open',
      calendar: 'twoRegions',
      from: '2026-01-19T08:00:00+01:00',
      add: '10h',
      deadline: '2026-01-20T09:00:00+01:00',
    },
  ]);
});

describe('addBusinessTime: pauses', () => {
  expectDeadlines([
    {
      name: 'a pause over the afternoon moves the deadline by the open time it covers',
      calendar: 'contract',
      from: '2026-01-08T12:30:00+01:00',
      add: '4h',
      pauses: [['2026-01-08T13:00:00+01:00', '2026-01-08T15:00:00+01:00']],
      deadline: '2026-01-08T18:30:00+01:00',
    },
    {
      name: 'a pause in closed time changes nothing',
      calendar: 'contract',
      from: '2026-01-08T12:30:00+01:00',
      add: '4h',
      pauses: [['2026-01-08T19:00:00+01:00', '2026-01-09T08:00:00+01:00']],
      deadline: '2026-01-08T18:00:00+01:00',
    },
    {
      name: 'overlapping pauses count once',
      calendar: 'contract',
      from: '2026-01-08T12:30:00+01:00',
      add: '4h',
      pauses: [
        ['2026-01-08T15:00:00+01:00', '2026-01-08T16:00:00+01:00'],
        ['2026-01-08T14:30:00+01:00', '2026-01-08T15:30:00+01:00'],
      ],
      deadline: '2026-01-09T10:00:00+01:00',
    },
    {
      name: 'a pause covering the start counts from its end',
      calendar: 'contract',
      from: '2026-01-08T10:00:00+01:00',
      add: '1h',
      pauses: [['2026-01-08T09:00:00+01:00', '2026-01-08T11:00:00+01:00']],
      deadline: '2026-01-08T12:00:00+01:00',
    },
    {
      name: 'pauses do not apply to business days',
      calendar: 'contract',
      from: '2026-01-05T10:00:00+01:00',
      add: '2d',
      pauses: [['2026-01-07T00:00:00+01:00', '2026-01-08T00:00:00+01:00']],
      deadline: '2026-01-08T10:00:00+01:00',
    },
    {
      name: 'zero minutes with a paused opening waits for the pause to end',
      calendar: 'contract',
      from: '2026-01-08T08:00:00+01:00',
      add: '0m',
      pauses: [['2026-01-08T08:30:00+01:00', '2026-01-08T09:30:00+01:00']],
      deadline: '2026-01-08T09:30:00+01:00',
    },
  ]);
});
