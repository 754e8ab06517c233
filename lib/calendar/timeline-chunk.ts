import type { CalendarPart } from './calendar-part';
import { dayNumberOf, MS_PER_MINUTE } from './local-date';

/**
 * One local year of a calendar's open time, as sorted disjoint UTC intervals with running
 * totals, plus the year's business dates. Built once, then answered by binary search.
 */
export interface Chunk {
  readonly year: number;
  /** UTC instant of local midnight on 1 January (in the calendar's zone). */
  readonly start: number;
  /** UTC instant of local midnight on 1 January of the next year. */
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

function partSpans(part: CalendarPart, firstDay: number, lastDay: number): Span[] {
  const spans: Span[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) {
    for (const [from, to] of part.rangesOn(day)) {
      spans.push(...part.clock.spansOn(day, from * MS_PER_MINUTE, to * MS_PER_MINUTE));
    }
  }
  return spans;
}

// Union of the spans, clipped to [start, end); touching spans join (13:00-14:00 + 14:00-15:00).
function mergeSpans(spans: Span[], start: number, end: number): Span[] {
  const merged: Span[] = [];
  for (const [s, e] of spans.sort((a, b) => a[0] - b[0])) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from >= to) continue;
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Builds the chunk of one local year (in the first part's zone) from every part's hours. */
export function buildChunk(parts: readonly CalendarPart[], year: number): Chunk {
  const clock = parts[0]!.clock;
  const firstDay = dayNumberOf(year, 1, 1);
  const endDay = dayNumberOf(year + 1, 1, 1);
  const start = clock.toUtc(firstDay, 0);
  const end = clock.toUtc(endDay, 0);
  // A part in another zone reaches into the neighbouring local dates: take one more on each side.
  const merged = mergeSpans(
    parts.flatMap((part) => partSpans(part, firstDay - 1, endDay)),
    start,
    end,
  );
  const starts = Float64Array.from(merged, ([s]) => s);
  const ends = Float64Array.from(merged, ([, e]) => e);
  const openUntilEnd = new Float64Array(merged.length);
  let total = 0;
  merged.forEach(([s, e], i) => {
    total += e - s;
    openUntilEnd[i] = total;
  });
  return {
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
