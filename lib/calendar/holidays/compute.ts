import Holidays, { type HolidaysTypes } from 'date-holidays';
import { formatIsoDate, MS_PER_DAY, parseIsoDate } from '../local-date';
import type { HolidayPlace } from './place';

/**
 * Public holidays straight from date-holidays, the maintained source. The CLI, the local desk and
 * the CDK app (which builds a bundle's tables from it) call it; a Lambda bundle never does: its
 * build aliases date-holidays to a stand-in (infra/left-out/date-holidays.ts), keeping the rule
 * parser, moment-timezone and astronomia (~1 MB) out.
 */

/** date-holidays for one place, public holidays only (no observances, bank or school days). */
export function libraryFor(place: HolidayPlace): Holidays {
  return new Holidays(place.country, place.region ?? '', place.city ?? '', { types: ['public'] });
}

// A holiday may last several days; one that starts during the day (e.g. 14:00) closes its whole date.
function datesOfHoliday(holiday: HolidaysTypes.Holiday): string[] {
  const first = parseIsoDate(holiday.date.slice(0, 10))!;
  const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / MS_PER_DAY));
  return Array.from({ length: days }, (_, i) => formatIsoDate(first + i));
}

/** The public holidays dated in `year`, as ISO date -> name (names of one date joined by " / "). */
export function holidaysOfYear(library: Holidays, year: number): Map<string, string> {
  const names = new Map<string, string>();
  // The year before too, for a holiday that runs across New Year.
  for (const holiday of [...library.getHolidays(year - 1), ...library.getHolidays(year)]) {
    for (const date of datesOfHoliday(holiday)) {
      if (!date.startsWith(`${year}-`)) continue;
      const before = names.get(date);
      if (before === undefined) names.set(date, holiday.name);
      else if (!before.split(' / ').includes(holiday.name)) names.set(date, `${before} / ${holiday.name}`);
    }
  }
  return new Map([...names].sort(([a], [b]) => (a < b ? -1 : 1)));
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
