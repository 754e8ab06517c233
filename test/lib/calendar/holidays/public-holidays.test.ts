import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../../lib/calendar';
import { buildHolidayTables } from '../../../../lib/calendar/holidays/build-tables';
import { librarySource } from '../../../../lib/calendar/holidays/library-source';
import { placeOfKey } from '../../../../lib/calendar/holidays/place';
import { PublicHolidays, placeProblem } from '../../../../lib/calendar/holidays/public-holidays';
import { tableSource } from '../../../../lib/calendar/holidays/table-source';
import { BUNDLED_HOLIDAY_YEARS } from '../../../../lib/calendar/holidays/years';
import { formatIsoDate, parseIsoDate } from '../../../../lib/calendar/local-date';

const datesOf = (holidays: PublicHolidays, year: number): string[] =>
  [...holidays.datesOf(year)].sort().map(formatIsoDate);

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
    {
      place: { country: 'IT', region: '62', city: 'RM' },
      date: '2026-06-29',
      holiday: true,
      why: 'Rome keeps its patron saints, Peter and Paul',
    },
    {
      place: { country: 'DE', region: 'BY' },
      date: '2026-06-04',
      holiday: true,
      why: 'Bavaria keeps Corpus Christi',
    },
    { place: { country: 'DE', region: 'BE' }, date: '2026-06-04', holiday: false, why: 'Berlin does not' },
    { place: { country: 'ES', region: 'MD' }, date: '2026-05-02', holiday: true, why: 'Madrid keeps 2 May' },
  ])('$why', ({ place, date, holiday }) => {
    const year = Number(date.slice(0, 4));
    expect(datesOf(new PublicHolidays(place), year).includes(date)).toBe(holiday);
  });

  it('names each holiday as date-holidays does, in the language of the place', () => {
    const rome = new PublicHolidays({ country: 'IT', region: '62', city: 'RM' });
    expect(rome.nameOn(parseIsoDate('2026-06-29')!)).toBe('Santi Pietro e Paolo');
    expect(rome.nameOn(parseIsoDate('2026-06-30')!)).toBeUndefined();
  });

  it('computes any year the engine reaches, far from today', () => {
    expect(datesOf(new PublicHolidays({ country: 'IT' }), 2190)).toContain('2190-12-25');
  });
});

describe('placeProblem', () => {
  it.each([
    { place: { country: 'IT', region: '25', city: 'MI' }, problem: undefined },
    { place: { country: 'IT', region: '62', city: 'RM' }, problem: undefined },
    { place: { country: 'DE' }, problem: undefined },
    { place: { country: 'IT', region: '32' }, problem: undefined },
    {
      place: { country: 'XX' },
      problem: { field: 'country', reason: 'is not a country date-holidays knows' },
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
    {
      place: { country: 'constructor' },
      problem: { field: 'country', reason: 'is not a country date-holidays knows' },
    },
  ])('of $place.country/$place.region/$place.city is $problem.field', ({ place, problem }) => {
    expect(placeProblem(place)).toEqual(problem);
  });
});

describe("a bundle's holiday tables", () => {
  const { first, last } = BUNDLED_HOLIDAY_YEARS;
  const places = ['IT', 'IT/62/RM', 'US', 'DE/BY'];
  const tables = buildHolidayTables(places, first, last);

  it.each(places)('for %s give the dates date-holidays gives, every covered year', (key) => {
    const [fromTables, fromLibrary] = [tableSource(tables), librarySource()];
    for (let year = first; year <= last; year += 1) {
      const dates = (source: typeof fromTables) => [...source.year(placeOfKey(key), year).keys()].sort();
      expect(dates(fromTables), `${key} ${year}`).toEqual(dates(fromLibrary));
    }
  });

  it('write the dates every year shares once, so a place costs under 2 KB (Italy)', () => {
    expect(tables.places.IT?.every.split(' ')).toContain('12-25');
    expect(JSON.stringify(tables.places.IT).length).toBeLessThan(2000);
  });

  it('refuse, in one line naming it, a place the desk did not use', () => {
    expect(placeProblem({ country: 'FR' }, tableSource(tables))).toEqual({
      field: 'country',
      reason: expect.stringContaining('has no holiday table in this deployment'),
    });
    expect(placeProblem({ country: 'IT', region: '62', city: 'RM' }, tableSource(tables))).toBeUndefined();
  });

  it('refuse a year they do not cover, naming the years and the place', () => {
    const holidays = new PublicHolidays({ country: 'IT' }, tableSource(tables));
    expect(() => holidays.datesOf(last + 1)).toThrow(CalendarError);
    expect(() => holidays.datesOf(last + 1)).toThrow(`cover ${first}-${last}, not ${last + 1} (IT)`);
  });
});
