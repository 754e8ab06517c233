import type { CalendarPart } from './calendar-part';
import { dayNumberOf, MS_PER_MINUTE } from './local-date';

/**
 * One local month of a calendar's open time, as sorted disjoint UTC intervals with running
 * totals, plus the month's business dates. Built once, then answered by binary search.
 */
export interface Chunk {
  /** The month, as `monthIndexOf` counts it. */
  readonly month: number;
  /** Its year, for messages. */
  readonly year: number;
  /** UTC instant of local midnight on the 1st (in the calendar's zone). */
  readonly start: number;
  /** UTC instant of local midnight on the 1st of the next month. */
  readonly end: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Open time from `start` to the end of interval i. */
  readonly openUntilEnd: Float64Array;
  /** Open time in the whole chunk. */
  readonly total: number;
  /** The dates with any open time, and each one's UTC span [dayStarts, dayEnds). */
  readonly businessDays: Int32Array;
  readonly dayStarts: Float64Array;
  readonly dayEnds: Float64Array;
}

type Span = [number, number];

// The first chunk is built in every cold start, by code that has not been optimised yet: plain
// loops into preallocated arrays, no spread or destructuring callbacks.
function collectSpans(part: CalendarPart, firstDay: number, lastDay: number, spans: Span[]): void {
  for (let day = firstDay; day <= lastDay; day += 1) {
    for (const [from, to] of part.rangesOn(day)) {
      for (const span of part.clock.spansOn(day, from * MS_PER_MINUTE, to * MS_PER_MINUTE)) spans.push(span);
    }
  }
}

// Stable sort by start; spans already in order (one part's, day after day) are left as they are,
// which is what the stable sort would give.
function byStart(spans: Span[]): Span[] {
  for (let i = 1; i < spans.length; i += 1) {
    if (spans[i]![0] < spans[i - 1]![0]) return spans.sort((a, b) => a[0] - b[0]);
  }
  return spans;
}

// Union of the spans, clipped to [start, end); touching spans join (13:00-14:00 + 14:00-15:00).
function mergeSpans(spans: Span[], start: number, end: number): Span[] {
  const merged: Span[] = [];
  for (const [s, e] of byStart(spans)) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from >= to) continue;
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Builds the chunk of one local month (in the first part's zone) from every part's hours. */
export function buildChunk(parts: readonly CalendarPart[], month: number): Chunk {
  const clock = parts[0]!.clock;
  const year = Math.floor(month / 12);
  const monthOfYear = month - year * 12 + 1;
  const firstDay = dayNumberOf(year, monthOfYear, 1);
  const endDay = monthOfYear === 12 ? dayNumberOf(year + 1, 1, 1) : dayNumberOf(year, monthOfYear + 1, 1);
  const start = clock.toUtc(firstDay, 0);
  const end = clock.toUtc(endDay, 0);
  // A part in another zone reaches into the neighbouring local dates: take one more on each side.
  const spans: Span[] = [];
  for (const part of parts) collectSpans(part, firstDay - 1, endDay, spans);
  const merged = mergeSpans(spans, start, end);
  const starts = new Float64Array(merged.length);
  const ends = new Float64Array(merged.length);
  const openUntilEnd = new Float64Array(merged.length);
  let total = 0;
  for (let i = 0; i < merged.length; i += 1) {
    const [s, e] = merged[i]!;
    starts[i] = s;
    ends[i] = e;
    total += e - s;
    openUntilEnd[i] = total;
  }
  return {
    month,
    year,
    start,
    end,
    starts,
    ends,
    openUntilEnd,
    total,
    ...businessDaysOf(clock, merged, firstDay, endDay),
  };
}

function businessDaysOf(
  clock: CalendarPart['clock'],
  merged: readonly Span[],
  firstDay: number,
  endDay: number,
): Pick<Chunk, 'businessDays' | 'dayStarts' | 'dayEnds'> {
  const days: number[] = [];
  const dayStarts: number[] = [];
  const dayEnds: number[] = [];
  let next = 0;
  let dayStart = clock.toUtc(firstDay, 0);
  for (let day = firstDay; day < endDay; day += 1) {
    const dayEnd = clock.toUtc(day + 1, 0);
    while (next < merged.length && merged[next]![1] <= dayStart) next += 1;
    if (next < merged.length && merged[next]![0] < dayEnd) {
      days.push(day);
      dayStarts.push(dayStart);
      dayEnds.push(dayEnd);
    }
    dayStart = dayEnd;
  }
  return {
    businessDays: Int32Array.from(days),
    dayStarts: Float64Array.from(dayStarts),
    dayEnds: Float64Array.from(dayEnds),
  };
}
