import { dateOf, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, weekdayOf } from './local-date';
import { zoneClock } from './zone-clock';

/** What a wall clock in a zone reads at an instant, and the zone's UTC offset then. */
export interface WallTime {
  readonly year: number;
  /** 1 = January. */
  readonly month: number;
  readonly day: number;
  /** 0 = Monday .. 6 = Sunday. */
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The zone's offset from UTC, in minutes (Europe/Rome: 60 in winter, 120 in summer). */
  readonly offsetMinutes: number;
}

/** The wall time of an instant with a UTC offset in ms (the arithmetic luxon does for a DateTime). */
export function wallTimeWithOffset(at: number, offsetMs: number): WallTime {
  const local = at + offsetMs;
  const dayNumber = Math.floor(local / MS_PER_DAY);
  const clockMs = local - dayNumber * MS_PER_DAY;
  return {
    ...dateOf(dayNumber),
    weekday: weekdayOf(dayNumber),
    hour: Math.floor(clockMs / MS_PER_HOUR),
    minute: Math.floor((clockMs % MS_PER_HOUR) / MS_PER_MINUTE),
    second: Math.floor((clockMs % MS_PER_MINUTE) / 1000),
    offsetMinutes: offsetMs / MS_PER_MINUTE,
  };
}

/**
 * The wall time of an instant in an IANA zone, from the zone's clock (zone-clock.ts): in a Lambda
 * bundle from the offsets measured at synth, so no Intl API is asked; elsewhere as luxon reads it.
 */
export function wallTime(at: number, zone: string): WallTime {
  return wallTimeWithOffset(at, zoneClock(zone).offsetAt(at));
}

/**
 * The instants whose wall time in `zone` is the one `at` has: two in the hour repeated when the
 * clocks go back, else `at` alone. Luxon's DateTime#getPossibleOffsets, on the zone's clock.
 */
export function instantsWithWallTimeOf(at: number, zone: string): number[] {
  const clock = zoneClock(zone);
  const localTs = at + clock.offsetAt(at);
  const earlier = clock.offsetAt(localTs - MS_PER_DAY);
  const later = clock.offsetAt(localTs + MS_PER_DAY);
  const first = clock.offsetAt(localTs - earlier);
  const second = clock.offsetAt(localTs - later);
  if (first === second) return [at];
  const timeOfDay = (ts: number, offset: number) => {
    const local = ts + offset;
    return local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
  };
  const [ts1, ts2] = [localTs - first, localTs - second];
  return timeOfDay(ts1, first) === timeOfDay(ts2, second) ? [ts1, ts2] : [at];
}
