import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../../lib/calendar';
import { knownPlaces, publicHolidayTable } from '../../../../lib/calendar/holidays/compute';
import places from '../../../../lib/calendar/holidays/data/places.json';
import { PublicHolidays, placeProblem } from '../../../../lib/calendar/holidays/public-holidays';
import { SHIPPED_HOLIDAYS } from '../../../../lib/calendar/holidays/shipped';
import { HOLIDAY_YEARS } from '../../../../lib/calendar/holidays/years';
import { formatIsoDate } from '../../../../lib/calendar/local-date';

const datesOf = (holidays: PublicHolidays, year: number): string[] =>
  [...holidays.datesOf(year)].sort().map(formatIsoDate);

describe('the shipped holiday tables (else run generate.ts)', () => {
  it.each(Object.keys(SHIPPED_HOLIDAYS))('for %s match the installed date-holidays', (key) => {
    const [country = '', region, city] = key.split('/');
    const table = publicHolidayTable({ country, region, city }, HOLIDAY_YEARS.first, HOLIDAY_YEARS.last);
    expect(SHIPPED_HOLIDAYS[key]!.years).toEqual(table);
  });

  it('list every place the installed date-holidays knows', () => {
    expect(places).toEqual(knownPlaces());
  });
});

describe('PublicHolidays', () => {
  it('knows the Italian public holidays of 2026, the new 4 October included, and no observances', () => {
    expect(datesOf(new PublicHolidays({ country: 'IT' }), 2026)).toEqual(
      [
        '01-01',
        '01-06',
        '04-05',
        '04-06',
        '04-25',
        '05-01',
        '06-02',
        '08-15',
        '10-04',
        '11-01',
        '12-08',
        '12-25',
        '12-26',
      ].map((md) => `2026-${md}`),
    );
  });

  it.each([
    {
      place: { country: 'IT', region: '25', city: 'MI' },
      date: '2026-12-07',
      holiday: true,
      why: "Milan keeps Sant'Ambrogio",
    },
    {
      place: { country: 'IT' },
      date: '2026-12-07',
      holiday: false,
      why: "Italy does not keep Sant'Ambrogio",
    },
    { place: { country: 'IT' }, date: '2027-10-04', holiday: true, why: 'Italy keeps 4 October from 2026' },
    {
      place: { country: 'IT' },
      date: '2025-10-04',
      holiday: false,
      why: 'Italy did not keep 4 October before 2026',
    },
    { place: { country: 'IT' }, date: '2026-05-10', holiday: false, why: "Mother's Day is an observance" },
    {
      place: { country: 'US' },
      date: '2026-07-03',
      holiday: true,
      why: 'the US observes 4 July 2026 on Friday 3 July',
    },
    { place: { country: 'US' }, date: '2026-11-26', holiday: true, why: 'the US keeps Thanksgiving' },
  ])('$why', ({ place, date, holiday }) => {
    const year = Number(date.slice(0, 4));
    expect(datesOf(new PublicHolidays(place), year).includes(date)).toBe(holiday);
  });

  it('refuses a year its table does not cover', () => {
    expect(() => new PublicHolidays({ country: 'IT' }).datesOf(HOLIDAY_YEARS.last + 1)).toThrow(
      CalendarError,
    );
  });
});

describe('placeProblem', () => {
  it.each([
    { place: { country: 'IT', region: '25', city: 'MI' }, problem: undefined },
    {
      place: { country: 'XX' },
      problem: { field: 'country', reason: 'is not a country date-holidays knows' },
    },
    {
      place: { country: 'DE' },
      problem: { field: 'country', reason: expect.stringContaining('has no holiday table in this build') },
    },
    {
      place: { country: 'IT', region: '32' },
      problem: { field: 'region', reason: expect.stringContaining('generate.ts IT IT/25/MI US IT/32') },
    },
    {
      place: { country: 'IT', region: '99' },
      problem: { field: 'region', reason: 'is not a region of IT in date-holidays' },
    },
    {
      place: { country: 'IT', region: '25', city: 'BG' },
      problem: { field: 'city', reason: 'is not a city of IT-25 in date-holidays' },
    },
    { place: { country: 'IT', city: 'MI' }, problem: { field: 'city', reason: 'needs a region' } },
  ])('of $place.country/$place.region/$place.city is $problem.field', ({ place, problem }) => {
    expect(placeProblem(place)).toEqual(problem);
  });
});
