import type { ZoneTable, ZoneTables } from './zone-table';

// A Lambda bundle defines SUPPORT_DESK_ZONE_TABLES as the offsets of its desk's calendar zones
// over the bundled years, measured at synth (infra/bundling.ts). Anywhere else it is undefined and
// every zone is asked through the Intl API (zone-clock.ts).
declare const SUPPORT_DESK_ZONE_TABLES: ZoneTables | undefined;

const tables: ZoneTables = typeof SUPPORT_DESK_ZONE_TABLES === 'undefined' ? {} : SUPPORT_DESK_ZONE_TABLES;

/** The bundle's table of `zone`, if it has one. */
export function bundledZoneTable(zone: string): ZoneTable | undefined {
  return Object.hasOwn(tables, zone) ? tables[zone] : undefined;
}
