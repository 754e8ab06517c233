import HolidaysParser from 'date-holidays-parser';
import { MS_PER_DAY, parseIsoDate } from '../local-date';
import knownCountries from './data/countries.json';
import { SHIPPED_HOLIDAY_DATA } from './shipped';

/**
 * Public holidays (type `public` only: no observances, bank or school days) of a country,
 * region and city, from date-holidays' rules. The parser is slow per call, so each year is
 * asked once and kept as a set of local dates (day numbers).
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

function parserFor(place: HolidayPlace): HolidaysParser | undefined {
  const data = SHIPPED_HOLIDAY_DATA[place.country];
  if (!data) return undefined;
  const { country, region, city } = place;
  if (region === undefined) return new HolidaysParser(data, country, { types: ['public'] });
  if (city === undefined) return new HolidaysParser(data, country, region, { types: ['public'] });
  return new HolidaysParser(data, country, region, city, { types: ['public'] });
}

/** What is wrong with a place, or undefined when date-holidays knows it and it ships. */
export function placeProblem(place: HolidayPlace): PlaceProblem | undefined {
  const { country, region, city } = place;
  if (!(knownCountries as readonly string[]).includes(country))
    return { field: 'country', reason: 'is not a country date-holidays knows' };
  const data = SHIPPED_HOLIDAY_DATA[country];
  if (!data) {
    const fix = `ship it with: npx tsx lib/calendar/holidays/generate.ts ${[...Object.keys(SHIPPED_HOLIDAY_DATA), country].join(' ')}`;
    return { field: 'country', reason: `has no holiday data in this build; ${fix}` };
  }
  const parser = new HolidaysParser(data);
  if (region !== undefined && !(region in (parser.getStates(country) ?? {})))
    return { field: 'region', reason: `is not a region of ${country} in date-holidays` };
  if (city !== undefined && region === undefined) return { field: 'city', reason: 'needs a region' };
  if (city !== undefined && !(city in (parser.getRegions(country, region ?? '') ?? {})))
    return { field: 'city', reason: `is not a city of ${country}-${region} in date-holidays` };
  return undefined;
}

/** The public holidays of one place, computed once per year. */
export class PublicHolidays {
  private readonly parser: HolidaysParser;
  private readonly byYear = new Map<number, ReadonlySet<number>>();

  /** The place must have passed `placeProblem`. */
  constructor(place: HolidayPlace) {
    const parser = parserFor(place);
    if (!parser) throw new Error(`no holiday data for ${place.country}`);
    this.parser = parser;
  }

  /** Local dates (day numbers) of the year's public holidays. */
  datesOf(year: number): ReadonlySet<number> {
    let dates = this.byYear.get(year);
    if (!dates) {
      dates = new Set(
        this.parser
          .getHolidays(year)
          .flatMap((h) => holidayDays(h.date, h.end.getTime() - h.start.getTime())),
      );
      this.byYear.set(year, dates);
    }
    return dates;
  }
}

// A holiday may last several days; a part-day one (e.g. from 14:00) closes its whole date.
function holidayDays(date: string, lengthMs: number): number[] {
  const first = parseIsoDate(date.slice(0, 10));
  if (first === undefined) return [];
  const days = Math.max(1, Math.round(lengthMs / MS_PER_DAY));
  return Array.from({ length: days }, (_, i) => first + i);
}
