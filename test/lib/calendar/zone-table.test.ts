import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { measureZoneTable, tableOffset } from '../../../lib/calendar/zone-table';

const from = Date.UTC(2000, 0, 1);
const to = Date.UTC(2031, 0, 1);
const HOUR = 3_600_000;

// Zones with ordinary changes, half-hour changes (Lord Howe), odd offsets (Kathmandu), changes
// abolished (Sao Paulo, 2019), a skipped day (Apia, 2011), changes weeks apart (Casablanca's
// Ramadan), and none at all.
const zones = [
  'Europe/Rome',
  'America/Chicago',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
  'Pacific/Apia',
  'Africa/Casablanca',
  'UTC',
];

/** Instants spread over the span by a fixed linear congruential sequence. */
function spread(count: number): number[] {
  let seed = 20_261_202;
  return Array.from({ length: count }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return from + Math.floor((seed / 2 ** 31) * (to - from));
  });
}

describe('measureZoneTable', () => {
  it.each(zones)(
    'gives the offsets luxon (the Intl API) gives for %s, at and around every change',
    (name) => {
      const zone = IANAZone.create(name);
      const table = measureZoneTable(from, to, (at) => zone.offset(at));
      expect(table.initial).toBe(zone.offset(from));
      for (const [at, offset] of table.changes) {
        expect(zone.offset(at)).toBe(offset);
        expect(zone.offset(at - 1)).not.toBe(offset);
        for (const delta of [-HOUR, -1, 0, 1, HOUR])
          expect(tableOffset(table, at + delta)).toBe(zone.offset(at + delta));
      }
      for (const at of spread(3000)) expect(tableOffset(table, at)).toBe(zone.offset(at));
    },
  );

  it('finds Europe/Rome changing twice a year, at 01:00 UTC', () => {
    const zone = IANAZone.create('Europe/Rome');
    const table = measureZoneTable(from, to, (at) => zone.offset(at));
    expect(table.changes).toHaveLength(62);
    expect(table.changes.slice(0, 2)).toEqual([
      [Date.UTC(2000, 2, 26, 1), 120],
      [Date.UTC(2000, 9, 29, 1), 60],
    ]);
  });

  it('finds none in UTC', () => {
    expect(measureZoneTable(from, to, () => 0)).toEqual({ from, to, initial: 0, changes: [] });
  });

  it('knows nothing outside its span', () => {
    const table = measureZoneTable(from, to, () => 60);
    expect([from - 1, to, to + HOUR, Number.NaN].map((at) => tableOffset(table, at))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(tableOffset(table, from)).toBe(60);
    expect(tableOffset(table, to - 1)).toBe(60);
  });
});
