import Holidays from 'date-holidays';
import { parseIsoDate } from '../local-date';
import { holidaysOfYear, libraryFor } from './compute';
import { type HolidayPlace, type HolidaySource, keyOf, type PlaceProblem } from './place';

/**
 * Holidays computed by date-holidays as they are asked for, any year and any place it knows: the
 * source of the CLI, the dry run, the local desk and the CDK app. One library per place and one
 * table per year, each built the first time it is needed (a year costs a few milliseconds).
 */

let catalogue: Holidays | undefined;
const catalogueOf = (): Holidays => {
  catalogue ??= new Holidays();
  return catalogue;
};

/** What is wrong with a place by date-holidays' own list of countries, regions and cities. */
export function libraryPlaceProblem({ country, region, city }: HolidayPlace): PlaceProblem | undefined {
  const library = catalogueOf();
  if (!Object.hasOwn(library.getCountries(), country))
    return { field: 'country', reason: 'is not a country date-holidays knows' };
  if (region !== undefined && !Object.hasOwn(library.getStates(country) ?? {}, region))
    return { field: 'region', reason: `is not a region of ${country} in date-holidays` };
  if (city !== undefined && region === undefined) return { field: 'city', reason: 'needs a region' };
  if (city !== undefined && !Object.hasOwn(library.getRegions(country, region!) ?? {}, city))
    return { field: 'city', reason: `is not a city of ${country}-${region} in date-holidays` };
  return undefined;
}

/** The source that asks date-holidays itself. */
export function librarySource(): HolidaySource {
  const libraries = new Map<string, Holidays>();
  return {
    problem: libraryPlaceProblem,
    year(place, year) {
      const key = keyOf(place);
      const library = libraries.get(key) ?? libraryFor(place);
      libraries.set(key, library);
      const byDay = new Map<number, string>();
      for (const [date, name] of holidaysOfYear(library, year)) byDay.set(parseIsoDate(date)!, name);
      return byDay;
    },
  };
}
