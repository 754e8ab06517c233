import type { Span } from '../domain/vocabulary';
import type { Timeline } from './timeline';
import type { Chunk } from './timeline-chunk';

/**
 * The open time between two instants as the intervals it is made of, and the dates it spans with
 * or without open time: what an explanation lists, where a deadline only needs a sum.
 */

type Interval = [start: number, end: number];

/** Index of the first interval of the chunk that ends after `at`. */
function firstEndingAfter(chunk: Chunk, at: number): number {
  let low = 0;
  let high = chunk.ends.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (chunk.ends[mid]! > at) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The open intervals in [from, to), clipped, in order; touching ones (across New Year) joined. */
export function openIntervals(timeline: Timeline, from: number, to: number): Interval[] {
  const intervals: Interval[] = [];
  if (to <= from) return intervals;
  for (let chunk = timeline.chunkAt(from) as Chunk | undefined; chunk && chunk.start < to; ) {
    for (let i = firstEndingAfter(chunk, from); i < chunk.ends.length && chunk.starts[i]! < to; i += 1) {
      const piece: Interval = [Math.max(from, chunk.starts[i]!), Math.min(to, chunk.ends[i]!)];
      const last = intervals[intervals.length - 1];
      if (last && last[1] === piece[0]) last[1] = piece[1];
      else intervals.push(piece);
    }
    chunk = timeline.after(chunk);
  }
  return intervals;
}

/** The intervals with the (joined, sorted) pauses taken out. */
export function withoutPauses(intervals: readonly Interval[], pauses: readonly Span[]): Interval[] {
  const left: Interval[] = [];
  for (const [start, end] of intervals) {
    let cursor = start;
    for (const pause of pauses) {
      if (pause.end <= cursor || pause.start >= end) continue;
      if (pause.start > cursor) left.push([cursor, pause.start]);
      cursor = Math.max(cursor, pause.end);
    }
    if (cursor < end) left.push([cursor, end]);
  }
  return left;
}

/** Whether a local date (first part's zone) has any open time. */
export function hasOpenTime(timeline: Timeline, dayNumber: number): boolean {
  const days = timeline.chunkOfDay(dayNumber).businessDays;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid]! < dayNumber) low = mid + 1;
    else high = mid;
  }
  return days[low] === dayNumber;
}

/** The first `count` business dates after the local date `dayNumber`. */
export function businessDatesAfter(timeline: Timeline, dayNumber: number, count: number): number[] {
  const dates: number[] = [];
  let chunk: Chunk | undefined = timeline.chunkOfDay(dayNumber);
  while (chunk && dates.length < count) {
    for (const day of chunk.businessDays) {
      if (day > dayNumber && dates.length < count) dates.push(day);
    }
    chunk = timeline.after(chunk);
  }
  return dates;
}
