import { data } from 'date-holidays/data';
import { describe, expect, it } from 'vitest';
import { PublicHolidays, placeProblem } from '../../../../lib/calendar/holidays/public-holidays';
import { SHIPPED_HOLIDAY_DATA } from '../../../../lib/calendar/holidays/shipped';
import { subsetFor } from '../../../../lib/calendar/holidays/subset';
import { formatIsoDate } from '../../../../lib/calendar/local-date';

const datesOf = (holidays: PublicHolidays, year: number): string[] =>
  [...holidays.datesOf(year)].map(formatIsoDate).sort();

describe('the shipped holiday data', () => {
  it.each(Object.keys(SHIPPED_HOLIDAY_DATA))(
    'for %s matches the installed date-holidays (else run generate.ts)',
    (country) => {
      expect(SHIPPED_HOLIDAY_DATA[country]).toEqual(subsetFor(data, country));
    },
  );
});

describe('PublicHolidays', () => {
  it('knows the Italian public holidays of 2026, the new 4 October included, and no observances', () => {
    expect(datesOf(new PublicHolidays({ country: 'IT' }), 2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-04-25',
      '2026-05-01',
      '2026-06-02',
      '2026-08-15',
      '2026-10-04',
      '2026-11-01',
      '2026-12-08',
      '2026-12-25',
      '2026-12-26',
    ]);
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
    {
      place: { country: 'IT', region: '32' },
      date: '2026-05-25',
      holiday: true,
      why: 'South Tyrol keeps Whit Monday',
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
      problem: { field: 'country', reason: expect.stringContaining('has no holiday data in this build') },
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
