import { holidaysOfYear, libraryFor } from './compute';
import { placeOfKey } from './place';
import type { HolidayTables, PlaceTable } from './table-source';

/**
 * Builds a bundle's holiday tables from date-holidays, at synth time (infra/bundling.ts): dates
 * common to every year are written once, so a place costs 2-5 KB for a century, not 12.
 */

function placeTable(key: string, first: number, last: number): PlaceTable {
  const library = libraryFor(placeOfKey(key));
  const years: string[][] = [];
  for (let year = first; year <= last; year += 1)
    years.push([...holidaysOfYear(library, year).keys()].map((date) => date.slice(5)));
  const every = years[0]!.filter((md) => years.every((dates) => dates.includes(md)));
  return {
    every: every.join(' '),
    years: years.map((dates) => dates.filter((md) => !every.includes(md)).join(' ')),
  };
}

/** The tables of `places` (keys such as `IT/62/RM`, each known to date-holidays) for years first..last. */
export function buildHolidayTables(places: readonly string[], first: number, last: number): HolidayTables {
  return {
    first,
    last,
    places: Object.fromEntries([...new Set(places)].sort().map((key) => [key, placeTable(key, first, last)])),
  };
}
