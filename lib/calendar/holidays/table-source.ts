import { CalendarError } from '../errors';
import { dayNumberOf } from '../local-date';
import { deepestField, type HolidaySource, keyOf } from './place';

/**
 * Holidays read from tables built when the stack is synthesized (build-tables.ts), for the places
 * of one desk and the years of BUNDLED_HOLIDAY_YEARS: the source inside a Lambda bundle, which
 * carries no holiday library. Names are left out (the functions never explain a deadline).
 */

/** One place's public holidays: the `MM-DD` dates of every covered year, then each year's others. */
export interface PlaceTable {
  /** Dates that are holidays in every covered year, `MM-DD MM-DD ...`. */
  readonly every: string;
  /** The other dates of each year, from the first covered year on, `MM-DD MM-DD ...`. */
  readonly years: readonly string[];
}

/** The tables of a bundle. */
export interface HolidayTables {
  readonly first: number;
  readonly last: number;
  /** By place key (`IT`, `IT/62/RM`). */
  readonly places: Readonly<Record<string, PlaceTable>>;
}

const monthDays = (text: string): string[] => text.split(' ').filter(Boolean);

/** The source that reads `tables` and refuses places and years they lack. */
export function tableSource(tables: HolidayTables): HolidaySource {
  return {
    problem(place) {
      if (Object.hasOwn(tables.places, keyOf(place))) return undefined;
      return {
        field: deepestField(place),
        reason:
          'has no holiday table in this deployment: the tables are built from the desk file when the stack is synthesized; redeploy with the calendar in the desk file',
      };
    },
    year(place, year) {
      const table = tables.places[keyOf(place)];
      const others = table?.years[year - tables.first];
      if (!table || others === undefined)
        throw new CalendarError(
          `the holiday tables of this deployment cover ${tables.first}-${tables.last}, not ${year} (${keyOf(place)})`,
        );
      const dates = [...monthDays(table.every), ...monthDays(others)].sort();
      return new Map(dates.map((md) => [dayNumberOf(year, Number(md.slice(0, 2)), Number(md.slice(3))), '']));
    },
  };
}
