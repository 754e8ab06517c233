import Holidays from 'date-holidays';
import { IANAZone } from 'luxon';

/**
 * A deliberately naive reference for the engine, kept in the tests: it reads a calendar file
 * and walks real time one minute at a time, asking for each minute what the wall clock in the
 * calendar's zone shows. Slow by design and independent of the engine's code (holidays come
 * from the full date-holidays package, dates from JavaScript's own UTC date arithmetic).
 */

export interface NaiveSpan {
  readonly start: number;
  readonly end: number;
}

interface NaivePart {
  readonly timeZone: string;
  readonly hours: '24/7' | Readonly<Record<string, readonly string[]>>;
  readonly holidays?: { readonly country: string; readonly region?: string; readonly city?: string };
  /** "YYYY-MM-DD" or "from..to", alone or as a named closure's `dates`. */
  readonly closed?: readonly (string | { readonly dates: string })[];
  readonly special?: Readonly<Record<string, readonly string[]>>;
}

export type NaiveCalendarFile = NaivePart | { readonly anyOf: readonly NaivePart[] };

const MINUTE = 60_000;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const holidayCache = new Map<string, Set<string>>();

function holidayDates(place: NonNullable<NaivePart['holidays']>, year: number): Set<string> {
  const key = `${place.country}/${place.region}/${place.city}/${year}`;
  let dates = holidayCache.get(key);
  if (!dates) {
    const lib = new Holidays(place.country, place.region ?? '', place.city ?? '', { types: ['public'] });
    dates = new Set(lib.getHolidays(year).map((h) => h.date.slice(0, 10)));
    holidayCache.set(key, dates);
  }
  return dates;
}

// Offsets asked once per half hour: every zone the tests use changes offset on a UTC half hour.
const HALF_HOUR = 30 * MINUTE;
const offsets = new Map<string, number>();

function offsetAt(timeZone: string, at: number): number {
  const block = Math.floor(at / HALF_HOUR) * HALF_HOUR;
  const key = `${timeZone} ${block}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = IANAZone.create(timeZone).offset(block) * MINUTE;
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall clock of a zone at an instant: ISO date, weekday name, minute of the day. */
export function wallClock(timeZone: string, at: number): { date: string; weekday: string; minute: number } {
  const shown = new Date(at + offsetAt(timeZone, at));
  return {
    date: shown.toISOString().slice(0, 10),
    weekday: DAY_NAMES[shown.getUTCDay()]!,
    minute: shown.getUTCHours() * 60 + shown.getUTCMinutes(),
  };
}

const inRanges = (ranges: readonly string[], minute: number): boolean =>
  ranges.some((range) => {
    const [from, to] = range.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));
    return minute >= from! && minute < to!;
  });

function partOpen(part: NaivePart, at: number): boolean {
  const { date, weekday, minute } = wallClock(part.timeZone, at);
  const closed = (part.closed ?? []).some((entry) => {
    const [first, last = first] = (typeof entry === 'string' ? entry : entry.dates).split('..');
    return date >= first! && date <= last!;
  });
  if (closed || (part.holidays && holidayDates(part.holidays, Number(date.slice(0, 4))).has(date)))
    return false;
  const special = part.special?.[date];
  if (special) return inRanges(special, minute);
  return part.hours === '24/7' || inRanges(part.hours[weekday] ?? [], minute);
}

const partsOf = (file: NaiveCalendarFile): readonly NaivePart[] => ('anyOf' in file ? file.anyOf : [file]);

/** Whether the minute starting at `at` is open (and not paused). */
export function naiveIsOpen(file: NaiveCalendarFile, at: number, pauses: readonly NaiveSpan[] = []): boolean {
  if (pauses.some((p) => at >= p.start && at < p.end)) return false;
  return partsOf(file).some((part) => partOpen(part, at));
}

/** Counts open minutes from `from` until `minutes` have passed; undefined beyond `limit` minutes of walking. */
export function naiveAddMinutes(
  file: NaiveCalendarFile,
  from: number,
  minutes: number,
  pauses: readonly NaiveSpan[] = [],
  limit = 200_000,
): number | undefined {
  let at = from;
  let counted = 0;
  for (let step = 0; step < limit; step += 1) {
    if (counted === minutes && (minutes > 0 || naiveIsOpen(file, at, pauses))) return at;
    if (naiveIsOpen(file, at, pauses)) counted += 1;
    at += MINUTE;
  }
  return undefined;
}

/** Open minutes in [from, to), in ms. */
export function naiveOpenBetween(
  file: NaiveCalendarFile,
  from: number,
  to: number,
  pauses: readonly NaiveSpan[] = [],
): number {
  let open = 0;
  for (let at = from; at < to; at += MINUTE) if (naiveIsOpen(file, at, pauses)) open += MINUTE;
  return open;
}

/** The business-days deadline of CONTRACT section 2, walked minute by minute; undefined past `limit` minutes. */
export function naiveAddBusinessDays(
  file: NaiveCalendarFile,
  from: number,
  days: number,
  limit = 200_000,
): number | undefined {
  const start = naiveAddMinutes(file, from, 0, [], limit);
  if (start === undefined || days === 0) return start;
  const zone = partsOf(file)[0]!.timeZone;
  const first = wallClock(zone, start);
  let date = first.date;
  let dateOpen = true;
  let counted = 0;
  let reading: number | undefined;
  for (let at = start + MINUTE; at < start + limit * MINUTE; at += MINUTE) {
    const clock = wallClock(zone, at);
    if (clock.date !== date) {
      if (dateOpen && date !== first.date && ++counted === days)
        return lastClosingAtOrBefore(file, reading ?? at);
      [date, dateOpen, reading] = [clock.date, false, undefined];
    }
    if (reading === undefined && clock.minute >= first.minute) reading = at;
    if (!dateOpen && naiveIsOpen(file, at)) dateOpen = true;
  }
  return undefined;
}

// The target itself when the minute before it is open, else the end of the last open minute before it.
function lastClosingAtOrBefore(file: NaiveCalendarFile, target: number): number {
  let at = target;
  while (!naiveIsOpen(file, at - MINUTE)) at -= MINUTE;
  return at;
}
