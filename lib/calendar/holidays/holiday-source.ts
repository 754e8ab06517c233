import { librarySource } from './library-source';
import type { HolidaySource } from './place';
import { type HolidayTables, tableSource } from './table-source';

// A Lambda bundle defines SUPPORT_DESK_HOLIDAY_TABLES as the tables of its desk's places
// (infra/bundling.ts), and aliases date-holidays to a stand-in that throws. Anywhere else it is
// undefined, and holidays are computed by date-holidays, for every place it knows.
declare const SUPPORT_DESK_HOLIDAY_TABLES: HolidayTables | undefined;

/** The holiday source of this process: the bundle's tables, or date-holidays itself. */
export const HOLIDAY_SOURCE: HolidaySource =
  typeof SUPPORT_DESK_HOLIDAY_TABLES === 'undefined'
    ? librarySource()
    : tableSource(SUPPORT_DESK_HOLIDAY_TABLES);
