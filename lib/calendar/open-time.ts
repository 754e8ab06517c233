import { CalendarNeverOpensError } from './errors';
import type { Timeline } from './timeline';
import type { Chunk } from './timeline-chunk';

/**
 * Open-time arithmetic over a timeline: each answer is one or two binary searches inside a
 * year's intervals, plus one step per further year crossed. Nothing steps through time.
 */

/** Index of the first interval that ends after `at` (the interval count when none does). */
function firstEndingAfter(chunk: Chunk, at: number): number {
  const ends = chunk.ends;
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ends[mid]! > at) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Open time from the chunk's start up to `at`. */
export function openBefore(chunk: Chunk, at: number): number {
  const i = firstEndingAfter(chunk, at);
  if (i === chunk.ends.length) return chunk.total;
  const before = i === 0 ? 0 : chunk.openUntilEnd[i - 1]!;
  return before + Math.max(0, at - chunk.starts[i]!);
}

/** The earliest instant with `amount` of open time since the chunk's start (0 < amount <= total). */
export function instantAtOpen(chunk: Chunk, amount: number): number {
  const totals = chunk.openUntilEnd;
  let low = 0;
  let high = totals.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (totals[mid]! >= amount) high = mid;
    else low = mid + 1;
  }
  return chunk.ends[low]! - (totals[low]! - amount);
}

/** The first open instant at or after `at`, or null when the calendar never opens again. */
export function nextOpeningOn(timeline: Timeline, at: number): number | null {
  let chunk: Chunk | undefined = timeline.chunkAt(at);
  const i = firstEndingAfter(chunk, at);
  if (i < chunk.ends.length) return Math.max(at, chunk.starts[i]!);
  for (chunk = timeline.after(chunk); chunk; chunk = timeline.after(chunk)) {
    if (chunk.starts.length > 0) return chunk.starts[0]!;
  }
  return null;
}

/** Whether `at` lies in open time. */
export function isOpenOn(timeline: Timeline, at: number): boolean {
  const chunk = timeline.chunkAt(at);
  const i = firstEndingAfter(chunk, at);
  return i < chunk.ends.length && chunk.starts[i]! <= at;
}

/** The earliest instant with `ms` (> 0) of open time elapsed since `from`. */
export function addOpen(timeline: Timeline, from: number, ms: number): number {
  let chunk = timeline.chunkAt(from);
  let needed = openBefore(chunk, from) + ms;
  while (needed > chunk.total) {
    needed -= chunk.total;
    const next = timeline.after(chunk);
    if (!next)
      throw new CalendarNeverOpensError(`the calendar has no open time left after year ${chunk.year}`);
    chunk = next;
  }
  return instantAtOpen(chunk, needed);
}

/** Open time in [from, to); 0 when `to` is not after `from`. */
export function openBetween(timeline: Timeline, from: number, to: number): number {
  if (to <= from) return 0;
  const first = timeline.chunkAt(from);
  const last = timeline.chunkAt(to);
  if (first === last) return openBefore(last, to) - openBefore(first, from);
  let open = first.total - openBefore(first, from) + openBefore(last, to);
  for (let month = first.month + 1; month < last.month; month += 1)
    open += timeline.chunkOfMonth(month).total;
  return open;
}
