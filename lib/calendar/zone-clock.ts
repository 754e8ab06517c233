import { IANAZone } from 'luxon';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './local-date';

/**
 * The one place where local clock times become real instants. Luxon's IANA zone supplies
 * UTC offsets; everything else is arithmetic on them, so that an open hour across a daylight
 * saving change is exactly the real time the wall clock shows it open (none in a skipped
 * hour, twice over in a repeated one).
 */

const FIXED_OFFSET = /^(etc\/)?(gmt|utc)?[+-]\d/i;

/** True for an IANA zone name such as Europe/Rome; false for fixed offsets like GMT-6. */
export function isIanaZone(name: string): boolean {
  return IANAZone.isValidZone(name) && !FIXED_OFFSET.test(name);
}

/** A change of UTC offset: before `at` the offset is `before`, from `at` on it is `after` (ms). */
interface Transition {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

// Local clock times of one date fall within this much of its UTC midnight (offsets are -12h..+14h).
const MARGIN = 15 * MS_PER_HOUR;
const OFFSET_CACHE_LIMIT = 200_000;

/** UTC offsets and local-to-UTC mapping for one IANA zone. */
export class ZoneClock {
  private readonly zone: IANAZone;
  private readonly hourOffsets = new Map<number, number>();

  constructor(readonly name: string) {
    this.zone = IANAZone.create(name);
  }

  /** The zone's UTC offset at an instant, in ms (memoised per hour without a change inside it). */
  offsetAt(at: number): number {
    const hour = Math.floor(at / MS_PER_HOUR);
    const cached = this.hourOffsets.get(hour);
    if (cached !== undefined) return cached;
    const first = this.rawOffset(hour * MS_PER_HOUR);
    if (first !== this.rawOffset(hour * MS_PER_HOUR + MS_PER_HOUR - 1)) return this.rawOffset(at);
    if (this.hourOffsets.size >= OFFSET_CACHE_LIMIT) this.hourOffsets.clear();
    this.hourOffsets.set(hour, first);
    return first;
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
    return this.zone.offset(at) * MS_PER_MINUTE;
  }

  // Assumes at most one offset change within a day and its margins, as in every zone in use.
  private transitionNear(dayNumber: number): Transition | undefined {
    let low = dayNumber * MS_PER_DAY - MARGIN;
    let high = dayNumber * MS_PER_DAY + MS_PER_DAY + MARGIN;
    const before = this.offsetAt(low);
    const after = this.offsetAt(high);
    if (before === after) return undefined;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (this.rawOffset(mid) === before) low = mid;
      else high = mid;
    }
    return { at: high, before, after };
  }
}
