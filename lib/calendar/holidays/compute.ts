import Holidays, { type HolidaysTypes } from 'date-holidays';
import { formatIsoDate, MS_PER_DAY, parseIsoDate } from '../local-date';

/**
 * Public holidays straight from date-holidays, the maintained source. Used at build time by
 * generate.ts and by the tests that check the shipped tables against it; never at run time,
 * where it would pull the rule parser, moment-timezone and astronomia (~1 MB) into a Lambda.
 */

/** A place as date-holidays names it: country, then its state and region codes. */
export interface Place {
  readonly country: string;
  readonly region?: string | undefined;
  readonly city?: string | undefined;
}

/** `IT`, `IT/25`, `IT/25/MI`. */
export const placeKey = (place: Place): string =>
  [place.country, place.region, place.city].filter(Boolean).join('/');

// A holiday may last several days; one that starts during the day (e.g. 14:00) closes its whole date.
function datesOfHoliday(holiday: HolidaysTypes.Holiday): string[] {
  const first = parseIsoDate(holiday.date.slice(0, 10))!;
  const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY));
  return Array.from({ length: days }, (_, i) => formatIsoDate(first + i));
}

/** The public holidays (not observances, bank or school days) of one place, by year, as `MM-DD MM-DD ...`. */
export function publicHolidayTable(
  place: Place,
  firstYear: number,
  lastYear: number,
): Record<string, string> {
  const library = new Holidays(place.country, place.region ?? '', place.city ?? '', { types: ['public'] });
  const dates = new Set<string>();
  // A year before and after, for holidays that run across New Year.
  for (let year = firstYear - 1; year <= lastYear + 1; year += 1) {
    for (const holiday of library.getHolidays(year))
      for (const date of datesOfHoliday(holiday)) dates.add(date);
  }
  const table: Record<string, string> = {};
  for (let year = firstYear; year <= lastYear; year += 1) {
    table[year] = [...dates]
      .filter((d) => d.startsWith(`${year}-`))
      .map((d) => d.slice(5))
      .sort()
      .join(' ');
  }
  return table;
}

/** Every place date-holidays knows: country -> region -> cities. */
export function knownPlaces(): Record<string, Record<string, string[]>> {
  const library = new Holidays();
  return Object.fromEntries(
    Object.keys(library.getCountries()).map((country) => [
      country,
      Object.fromEntries(
        Object.keys(library.getStates(country) ?? {}).map((region) => [
          region,
          Object.keys(library.getRegions(country, region) ?? {}),
        ]),
      ),
    ]),
  );
}
