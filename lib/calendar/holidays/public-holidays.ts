import { CalendarError } from '../errors';
import { dayNumberOf } from '../local-date';
import places from './data/places.json';
import { SHIPPED_HOLIDAYS } from './shipped';
import { HOLIDAY_YEARS } from './years';

/**
 * Public holidays (type `public` only: no observances, bank or school days) of a country,
 * region and city, read from the tables generate.ts derives from date-holidays. Each year's
 * dates become a set of day numbers the first time a calendar needs that year.
 */

/** Where the holidays apply; region and city are date-holidays' state and region codes. */
export interface HolidayPlace {
  readonly country: string;
  readonly region?: string | undefined;
  readonly city?: string | undefined;
}

/** Why a place cannot be used: names the field (`country`, `region`, `city`) and the reason. */
export interface PlaceProblem {
  readonly field: 'country' | 'region' | 'city';
  readonly reason: string;
}

const KNOWN: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = places;
/** `IT`, `IT/25/MI`: how SHIPPED_HOLIDAYS names a place. */
export const keyOf = (place: HolidayPlace): string =>
  [place.country, place.region, place.city].filter(Boolean).join('/');

/** What is wrong with a place, or undefined when date-holidays knows it and this build ships it. */
export function placeProblem({ country, region, city }: HolidayPlace): PlaceProblem | undefined {
  const regions = KNOWN[country];
  if (!regions) return { field: 'country', reason: 'is not a country date-holidays knows' };
  if (region !== undefined && !regions[region])
    return { field: 'region', reason: `is not a region of ${country} in date-holidays` };
  if (city !== undefined && region === undefined) return { field: 'city', reason: 'needs a region' };
  if (city !== undefined && !regions[region!]?.includes(city))
    return { field: 'city', reason: `is not a city of ${country}-${region} in date-holidays` };
  const key = keyOf({ country, region, city });
  if (SHIPPED_HOLIDAYS[key]) return undefined;
  const command = `npx tsx lib/calendar/holidays/generate.ts ${[...Object.keys(SHIPPED_HOLIDAYS), key].join(' ')}`;
  return {
    field: city ? 'city' : region ? 'region' : 'country',
    reason: `has no holiday table in this build; add it with: ${command}`,
  };
}

/** The public holidays of one place. */
export class PublicHolidays {
  private readonly years: Readonly<Record<string, string>>;
  private readonly byYear = new Map<number, ReadonlySet<number>>();

  /** The place must have passed `placeProblem`. */
  constructor(readonly place: HolidayPlace) {
    const table = SHIPPED_HOLIDAYS[keyOf(place)];
    if (!table) throw new CalendarError(`no holiday table for ${keyOf(place)}`);
    this.years = table.years;
  }

  /** Local dates (day numbers) of the year's public holidays. */
  datesOf(year: number): ReadonlySet<number> {
    let dates = this.byYear.get(year);
    if (!dates) {
      const text = this.years[year];
      if (text === undefined) {
        throw new CalendarError(
          `holiday tables cover ${HOLIDAY_YEARS.first}-${HOLIDAY_YEARS.last}, not ${year}`,
        );
      }
      dates = new Set(
        text
          .split(' ')
          .filter(Boolean)
          .map((md) => dayNumberOf(year, Number(md.slice(0, 2)), Number(md.slice(3)))),
      );
      this.byYear.set(year, dates);
    }
    return dates;
  }
}
