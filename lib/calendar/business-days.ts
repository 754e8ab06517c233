import { CalendarNeverOpensError } from './errors';
import { MS_PER_DAY } from './local-date';
import { instantAtOpen, nextOpeningOn, openBefore } from './open-time';
import type { Timeline } from './timeline';
import type { Chunk } from './timeline-chunk';
import type { ZoneClock } from './zone-clock';

/**
 * Business days (CONTRACT section 2): from the first open instant s, the target is s's local
 * clock time on the N-th business date after s's date; the deadline is the earliest instant
 * with as much open time elapsed as at the target (a target in closed time, or exactly at an
 * opening, becomes the last closing before it).
 */

/** Index of the last business day starting at or before `at`. */
function dayIndexAt(chunk: Chunk, at: number): number {
  let low = 0;
  let high = chunk.dayStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (chunk.dayStarts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

// A day of exactly 24 hours has no offset change, so its clock is plain arithmetic.
const isPlainDay = (chunk: Chunk, i: number): boolean =>
  chunk.dayEnds[i]! - chunk.dayStarts[i]! === MS_PER_DAY;

/** The deadline `days` business days after `from`. */
export function addBusinessDays(timeline: Timeline, clock: ZoneClock, from: number, days: number): number {
  const start = nextOpeningOn(timeline, from);
  if (start === null) throw new CalendarNeverOpensError('the calendar never opens again');
  if (days === 0) return start;
  let chunk = timeline.chunkAt(start);
  const day = dayIndexAt(chunk, start);
  const clockMs = isPlainDay(chunk, day) ? start - chunk.dayStarts[day]! : clock.localClock(start).clockMs;
  let index = day + days;
  while (index >= chunk.businessDays.length) {
    index -= chunk.businessDays.length;
    const next = timeline.after(chunk);
    if (!next)
      throw new CalendarNeverOpensError(`the calendar has no business dates left after year ${chunk.year}`);
    chunk = next;
  }
  const target = isPlainDay(chunk, index)
    ? chunk.dayStarts[index]! + clockMs
    : clock.toUtc(chunk.businessDays[index]!, clockMs);
  return earliestWithOpenTimeOf(timeline, target);
}

// The target lies after s's open stretch, so some chunk before it has open time.
function earliestWithOpenTimeOf(timeline: Timeline, target: number): number {
  let chunk = timeline.chunkAt(target);
  const open = openBefore(chunk, target);
  if (open > 0) return instantAtOpen(chunk, open);
  do chunk = timeline.chunkOfMonth(chunk.month - 1);
  while (chunk.total === 0);
  return chunk.ends[chunk.ends.length - 1]!;
}
