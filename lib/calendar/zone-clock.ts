import { IANAZone } from 'luxon';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './local-date';
import { bundledZoneTable } from './zone-source';
import { tableOffset, type ZoneTable } from './zone-table';

/**
 * The one place where local clock times become real instants. Luxon's IANA zone supplies
 * UTC offsets; everything else is arithmetic on them, so that an open hour across a daylight
 * saving change is exactly the real time the wall clock shows it open (none in a skipped
 * hour, twice over in a repeated one).
 */

const FIXED_OFFSET = /^(etc\/)?(gmt|utc)?[+-]\d/i;

/**
 * True for an IANA zone name such as Europe/Rome; false for fixed offsets like GMT-6. A zone the
 * bundle has a table of was checked so when the table was measured (infra/bundling.ts).
 */
export function isIanaZone(name: string): boolean {
  if (bundledZoneTable(name)) return true;
  let known = zoneVerdicts.get(name);
  if (known === undefined) {
    if (zoneVerdicts.size >= VERDICT_LIMIT) zoneVerdicts.clear();
    known = IANAZone.isValidZone(name) && !FIXED_OFFSET.test(name);
    zoneVerdicts.set(name, known);
  }
  return known;
}

// Luxon answers by building an Intl.DateTimeFormat every time (~0.15 ms, a tenth of the local
// desk's CPU per message, which asks for the same zone a dozen times): each name is asked once.
// Bounded, since a name may come from a file or a stored record.
const zoneVerdicts = new Map<string, boolean>();
const VERDICT_LIMIT = 1_000;

/** A UTC day's offsets: `before` until `at`, `after` from `at` on (at is Infinity without a change). */
interface DayOffsets {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

// Local clock times of one date fall within this much of its UTC midnight (offsets are -12h..+14h).
const MARGIN = 15 * MS_PER_HOUR;
const CACHE_LIMIT = 100_000;

/** UTC offsets and local-to-UTC mapping for one IANA zone. */
export class ZoneClock {
  // Luxon's zone, which asks the Intl API: made only for an instant the bundle's table lacks.
  private intlZone: IANAZone | undefined;
  private readonly table: ZoneTable | undefined;
  // Offsets per UTC day, measured a week at a time: asking the Intl API is the slow part.
  private readonly days = new Map<number, DayOffsets>();

  constructor(readonly name: string) {
    this.table = bundledZoneTable(name);
    if (!this.table) this.intlZone = IANAZone.create(name);
  }

  /** The zone's UTC offset at an instant, in ms. */
  offsetAt(at: number): number {
    const day = this.dayOffsets(Math.floor(at / MS_PER_DAY));
    return at < day.at ? day.before : day.after;
  }

  /** The real instants whose local clock on `dayNumber` lies in [fromMs, toMs) after midnight. */
  spansOn(dayNumber: number, fromMs: number, toMs: number): Array<[number, number]> {
    const local = dayNumber * MS_PER_DAY;
    const change = this.transitionNear(dayNumber);
    if (!change) {
      const offset = this.offsetAt(local);
      return [[local + fromMs - offset, local + toMs - offset]];
    }
    const early: [number, number] = [
      local + fromMs - change.before,
      Math.min(local + toMs - change.before, change.at),
    ];
    const late: [number, number] = [
      Math.max(local + fromMs - change.after, change.at),
      local + toMs - change.after,
    ];
    return [early, late].filter(([start, end]) => start < end);
  }

  /** The first instant at which the local clock on `dayNumber` reads `clockMs` after midnight (or has passed it). */
  toUtc(dayNumber: number, clockMs: number): number {
    const local = dayNumber * MS_PER_DAY + clockMs;
    const change = this.transitionNear(dayNumber);
    if (!change) return local - this.offsetAt(local);
    if (local - change.before < change.at) return local - change.before;
    return Math.max(local - change.after, change.at);
  }

  /** The local date (day number) and clock time (ms after midnight) of an instant. */
  localClock(at: number): { dayNumber: number; clockMs: number } {
    const local = at + this.offsetAt(at);
    const dayNumber = Math.floor(local / MS_PER_DAY);
    return { dayNumber, clockMs: local - dayNumber * MS_PER_DAY };
  }

  private rawOffset(at: number): number {
    const minutes = this.table && tableOffset(this.table, at);
    if (minutes !== undefined) return minutes * MS_PER_MINUTE;
    this.intlZone ??= IANAZone.create(this.name);
    return this.intlZone.offset(at) * MS_PER_MINUTE;
  }

  private dayOffsets(utcDay: number): DayOffsets {
    const offsets = this.days.get(utcDay);
    if (offsets) return offsets;
    if (this.days.size >= CACHE_LIMIT) this.days.clear();
    this.measureWeek(Math.floor(utcDay / 7) * 7);
    return this.days.get(utcDay)!;
  }

  // A week with the same offset at both ends has no change inside (zones change at most twice a
  // year, months apart); only a week with a change is measured day by day.
  private measureWeek(firstDay: number): void {
    const start = this.rawOffset(firstDay * MS_PER_DAY);
    const steady = start === this.rawOffset((firstDay + 7) * MS_PER_DAY - 1);
    for (let day = firstDay; day < firstDay + 7; day += 1) {
      this.days.set(
        day,
        steady ? { at: Number.POSITIVE_INFINITY, before: start, after: start } : this.measureDay(day),
      );
    }
  }

  // Assumes at most one offset change per UTC day, as in every zone in use.
  private measureDay(utcDay: number): DayOffsets {
    let low = utcDay * MS_PER_DAY;
    let high = low + MS_PER_DAY - 1;
    const before = this.rawOffset(low);
    const after = this.rawOffset(high);
    if (before === after) return { at: Number.POSITIVE_INFINITY, before, after };
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (this.rawOffset(mid) === before) low = mid;
      else high = mid;
    }
    return { at: high, before, after };
  }

  /** The offset change among the instants a local date can map to, if any. */
  private transitionNear(dayNumber: number): DayOffsets | undefined {
    const low = dayNumber * MS_PER_DAY - MARGIN;
    const high = dayNumber * MS_PER_DAY + MS_PER_DAY + MARGIN;
    for (let utcDay = dayNumber - 1; utcDay <= dayNumber + 1; utcDay += 1) {
      const offsets = this.dayOffsets(utcDay);
      if (offsets.at >= low && offsets.at < high) return offsets;
    }
    return undefined;
  }
}

// Shared by every calendar and formatter in the process: a zone's offsets are pure facts.
const clocks = new Map<string, ZoneClock>();

/** The process's clock of an IANA zone (one per name, so its measured offsets are reused). */
export function zoneClock(name: string): ZoneClock {
  let clock = clocks.get(name);
  if (!clock) {
    clock = new ZoneClock(name);
    clocks.set(name, clock);
  }
  return clock;
}
