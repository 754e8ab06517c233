import { MS_PER_DAY } from './local-date';

/**
 * A zone's UTC offsets over a span of time, measured once (at synth, infra/bundling.ts) so that a
 * Lambda bundle reads them without asking the Intl API: the first Intl.DateTimeFormat of a process
 * builds ICU's list of date-format locales, ~10 ms of every cold start. Outside [from, to) the
 * table knows nothing and the zone is asked as before (zone-clock.ts).
 */
export interface ZoneTable {
  /** First instant covered (ms). */
  readonly from: number;
  /** First instant after the span (ms). */
  readonly to: number;
  /** Offset in minutes at `from`. */
  readonly initial: number;
  /** Each change in the span: the first instant (ms) of the new offset, and the offset in minutes. */
  readonly changes: ReadonlyArray<readonly [at: number, offset: number]>;
}

/** Tables by zone name. */
export type ZoneTables = Readonly<Record<string, ZoneTable>>;

/** The offset in minutes the table gives for `at`, or undefined outside its span. */
export function tableOffset(table: ZoneTable, at: number): number | undefined {
  if (!(at >= table.from && at < table.to)) return undefined;
  const { changes } = table;
  // The last change at or before `at`: binary search over the changes, oldest first.
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (changes[mid]![0] <= at) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? table.initial : changes[low - 1]![1];
}

/**
 * Measures a zone's offsets over [from, to) with `offsetAt` (minutes at an instant): a week with
 * the same offset at both ends is taken to have no change (zones change at most twice a year,
 * months apart), a day with different offsets at its ends is searched to the millisecond for its
 * one change, as ZoneClock measures. The table answers every instant as `offsetAt` does.
 */
export function measureZoneTable(from: number, to: number, offsetAt: (at: number) => number): ZoneTable {
  const changes: Array<readonly [number, number]> = [];
  const week = 7 * MS_PER_DAY;
  let current = offsetAt(from);
  const initial = current;
  for (let start = from; start < to; start += week) {
    const end = Math.min(start + week, to) - 1;
    if (offsetAt(end) === current) continue;
    for (let day = start; day <= end; day += MS_PER_DAY) {
      let high = Math.min(day + MS_PER_DAY, to) - 1;
      if (offsetAt(high) === current) continue;
      let low = day;
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (offsetAt(mid) === current) low = mid;
        else high = mid;
      }
      const at = offsetAt(low) === current ? high : low;
      current = offsetAt(at);
      changes.push([at, current]);
    }
  }
  return { from, to, initial, changes };
}
