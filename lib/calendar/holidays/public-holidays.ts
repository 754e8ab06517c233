import { CalendarError } from '../errors';
import { dateOf } from '../local-date';
import { HOLIDAY_SOURCE } from './holiday-source';
import { type HolidayPlace, type HolidaySource, keyOf, type PlaceProblem } from './place';

/**
 * Public holidays (type `public` only: no observances, bank or school days) of a country,
 * region and city, from the process's holiday source (date-holidays, or a bundle's tables).
 * Each year's dates are fetched the first time a calendar needs that year, then kept.
 */

export type { HolidayPlace, PlaceProblem } from './place';
export { keyOf } from './place';

/** What is wrong with a place, or undefined when its holidays can be known here. */
export function placeProblem(place: HolidayPlace, source = HOLIDAY_SOURCE): PlaceProblem | undefined {
  return source.problem(place);
}

/** The public holidays of one place. */
export class PublicHolidays {
  private readonly byYear = new Map<number, ReadonlyMap<number, string>>();
  private readonly dateSets = new Map<number, ReadonlySet<number>>();

  /** The place must have passed `placeProblem`. */
  constructor(
    readonly place: HolidayPlace,
    private readonly source: HolidaySource = HOLIDAY_SOURCE,
  ) {
    const problem = source.problem(place);
    if (problem) throw new CalendarError(`holidays of ${keyOf(place)}: ${problem.field} ${problem.reason}`);
  }

  /** Local dates (day numbers) of the year's public holidays. */
  datesOf(year: number): ReadonlySet<number> {
    let dates = this.dateSets.get(year);
    if (!dates) {
      dates = new Set(this.namesOf(year).keys());
      this.dateSets.set(year, dates);
    }
    return dates;
  }

  /** The holiday's name on a local date ('' when the source keeps no names), or undefined on other dates. */
  nameOn(dayNumber: number): string | undefined {
    return this.namesOf(dateOf(dayNumber).year).get(dayNumber);
  }

  private namesOf(year: number): ReadonlyMap<number, string> {
    let names = this.byYear.get(year);
    if (!names) {
      names = this.source.year(this.place, year);
      this.byYear.set(year, names);
    }
    return names;
  }
}
