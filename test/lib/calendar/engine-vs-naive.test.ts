import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, isOpen, parseCalendar } from '../../../lib/calendar';
import { formatIsoDate } from '../../../lib/calendar/local-date';
import { at } from './support/calendars';
import {
  type NaiveCalendarFile,
  type NaiveSpan,
  naiveAddBusinessDays,
  naiveAddMinutes,
  naiveIsOpen,
  naiveOpenBetween,
} from './support/naive-calendar';

/**
 * On random calendars (split shifts, zones with daylight saving time and half-hour offsets,
 * holidays, closures, special dates, unions) and random instants, the engine agrees with the
 * naive minute-by-minute reference. Every boundary is a whole minute, so both are exact.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const WINDOW_START = at('2026-02-20T00:00:00Z');
const WINDOW_DAYS = 280;
// Daylight saving changes of 2026 in each zone, where bugs would hide (Kolkata and UTC have none).
const CHANGES: Readonly<Record<string, readonly string[]>> = {
  'Europe/Rome': ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'],
  'America/Chicago': ['2026-03-08T08:00:00Z', '2026-11-01T07:00:00Z'],
  'Australia/Lord_Howe': ['2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z'],
  'Asia/Kolkata': [],
  UTC: [],
};
const ZONES = Object.keys(CHANGES);

const clock = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const dayRanges = fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 }).map((points) => {
  const sorted = points.sort((a, b) => a - b).slice(0, points.length - (points.length % 2));
  return Array.from(
    { length: sorted.length / 2 },
    (_, i) => `${clock(sorted[2 * i]!)}-${clock(sorted[2 * i + 1]!)}`,
  );
});

const dateInWindow = fc
  .integer({ min: 0, max: WINDOW_DAYS })
  .map((d) => formatIsoDate(Math.floor(WINDOW_START / DAY) + d));

const closedEntry = fc
  .tuple(fc.integer({ min: 0, max: WINDOW_DAYS }), fc.integer({ min: 0, max: 9 }))
  .map(([start, length]) => {
    const first = Math.floor(WINDOW_START / DAY) + start;
    return length === 0 ? formatIsoDate(first) : `${formatIsoDate(first)}..${formatIsoDate(first + length)}`;
  });

const part = fc.record(
  {
    timeZone: fc.constantFrom(...ZONES),
    hours: fc.oneof(
      { weight: 1, arbitrary: fc.constant('24/7' as const) },
      {
        weight: 9,
        arbitrary: fc.record(
          {
            mon: dayRanges,
            tue: dayRanges,
            wed: dayRanges,
            thu: dayRanges,
            fri: dayRanges,
            sat: dayRanges,
            sun: dayRanges,
          },
          { requiredKeys: ['mon', 'wed', 'fri', 'sun'] },
        ),
      },
    ),
    holidays: fc.constantFrom(
      { country: 'IT' },
      { country: 'US' },
      { country: 'IT', region: '25', city: 'MI' },
    ),
    closed: fc.array(closedEntry, { maxLength: 2 }),
    special: fc.dictionary(dateInWindow, dayRanges, { maxKeys: 2 }),
  },
  { requiredKeys: ['timeZone', 'hours'] },
);

const calendarFile: fc.Arbitrary<NaiveCalendarFile> = fc.oneof(
  part,
  fc.record({ anyOf: fc.array(part, { minLength: 2, maxLength: 2 }) }),
);

const partsOf = (file: NaiveCalendarFile) => ('anyOf' in file ? file.anyOf : [file]);

// The first of each month in the window, UTC: the engine builds its open time a local month at a
// time, so a deadline that crosses a month's end crosses from one chunk to the next.
const MONTH_STARTS = Array.from({ length: 10 }, (_, i) => Date.UTC(2026, 2 + i, 1));

// Whole-minute instants: anywhere in the window, within a day or two of a month's end, or within
// hours or days of a change in a zone of the calendar.
const instantFor = (file: NaiveCalendarFile): fc.Arbitrary<number> => {
  const changes = partsOf(file)
    .flatMap((p) => CHANGES[p.timeZone] ?? [])
    .map(at);
  const anywhere = fc.integer({ min: 0, max: WINDOW_DAYS * 1440 }).map((m) => WINDOW_START + m * MINUTE);
  const nearMonthEnd = fc
    .tuple(fc.constantFrom(...MONTH_STARTS), fc.integer({ min: -2880, max: 720 }))
    .map(([start, m]) => start + m * MINUTE);
  if (changes.length === 0) return fc.oneof(anywhere, nearMonthEnd);
  const near = (minutes: number) =>
    fc
      .tuple(fc.constantFrom(...changes), fc.integer({ min: -minutes, max: minutes }))
      .map(([c, m]) => c + m * MINUTE);
  return fc.oneof(anywhere, nearMonthEnd, near(300), near(4320));
};

const pausesNear = (from: number): fc.Arbitrary<NaiveSpan[]> =>
  fc.array(
    fc
      .tuple(fc.integer({ min: -600, max: 3000 }), fc.integer({ min: 0, max: 900 }))
      .map(([offset, length]) => ({
        start: from + offset * MINUTE,
        end: from + (offset + length) * MINUTE,
      })),
    { maxLength: 2 },
  );

const minutesOf = (range: string): number => {
  const [from, to] = range.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));
  return to! - from!;
};

const weeklyOpenMinutes = (file: NaiveCalendarFile): number =>
  partsOf(file).reduce(
    (sum, p) =>
      sum +
      (p.hours === '24/7'
        ? 7 * 1440
        : Object.values(p.hours)
            .flat()
            .map(minutesOf)
            .reduce((a, b) => a + b, 0)),
    0,
  );

// Calendars with a few hours a week keep the naive walk short.
const usable = calendarFile.filter((file) => weeklyOpenMinutes(file) >= 600);
const scenario = usable.chain((file) => fc.tuple(fc.constant(file), instantFor(file)));
const scenarioWithPauses = scenario.chain(([file, from]) =>
  fc.tuple(fc.constant(file), fc.constant(from), pausesNear(from)),
);

describe('the engine agrees with the naive minute-by-minute reference', () => {
  it('on whether an instant is open', () => {
    fc.assert(
      fc.property(scenario, ([file, from]) => {
        expect(isOpen(parseCalendar(file), from)).toBe(naiveIsOpen(file, from));
      }),
      { numRuns: 200 },
    );
  });

  it('on deadlines in business minutes, with pauses', () => {
    fc.assert(
      fc.property(scenarioWithPauses, fc.integer({ min: 0, max: 600 }), ([file, from, pauses], minutes) => {
        const expected = naiveAddMinutes(file, from, minutes, pauses, 30_000);
        fc.pre(expected !== undefined);
        expect(addBusinessTime(parseCalendar(file), from, { amount: minutes, unit: 'm' }, pauses)).toBe(
          expected,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('on the open time between two instants, with pauses', () => {
    fc.assert(
      fc.property(scenarioWithPauses, fc.integer({ min: 0, max: 2880 }), ([file, from, pauses], minutes) => {
        const to = from + minutes * MINUTE;
        expect(businessTimeBetween(parseCalendar(file), from, to, pauses)).toBe(
          naiveOpenBetween(file, from, to, pauses),
        );
      }),
      { numRuns: 80 },
    );
  });

  it('on deadlines in business days', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 3 }), ([file, from], days) => {
        const expected = naiveAddBusinessDays(file, from, days, 30_000);
        fc.pre(expected !== undefined);
        expect(addBusinessTime(parseCalendar(file), from, { amount: days, unit: 'd' })).toBe(expected);
      }),
      { numRuns: 80 },
    );
  });
});
