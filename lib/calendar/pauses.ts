import type { Span } from '../domain/vocabulary';
import { CalendarNeverOpensError } from './errors';
import { addOpen, nextOpeningOn, openBetween } from './open-time';
import type { Timeline } from './timeline';

/** Paused spans (a clock stopped while waiting for the customer) taken out of open time. */

/** Pauses sorted by start, empty ones dropped, overlapping or touching ones joined. */
export function joinPauses(pauses: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const pause of [...pauses].filter((p) => p.end > p.start).sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    if (last && pause.start <= last.end)
      joined[joined.length - 1] = { start: last.start, end: Math.max(last.end, pause.end) };
    else joined.push(pause);
  }
  return joined;
}

/** The first instant at or after `at` that is open and not paused. */
export function nextUnpausedOpening(timeline: Timeline, at: number, pauses: readonly Span[]): number {
  let cursor = at;
  for (;;) {
    const opening = nextOpeningOn(timeline, cursor);
    if (opening === null) throw new CalendarNeverOpensError('the calendar never opens again');
    const pause = pauses.find((p) => p.start <= opening && opening < p.end);
    if (!pause) return opening;
    cursor = pause.end;
  }
}

/** The earliest instant with `ms` (> 0) of open, unpaused time since `from`. Pauses must be joined. */
export function addOpenPaused(timeline: Timeline, from: number, ms: number, pauses: readonly Span[]): number {
  let cursor = from;
  let left = ms;
  for (const pause of pauses) {
    if (pause.end <= cursor) continue;
    if (pause.start > cursor) {
      const available = openBetween(timeline, cursor, pause.start);
      if (available >= left) return addOpen(timeline, cursor, left);
      left -= available;
    }
    cursor = pause.end;
  }
  return addOpen(timeline, cursor, left);
}

/** Open, unpaused time in [from, to). Pauses must be joined. */
export function openBetweenPaused(
  timeline: Timeline,
  from: number,
  to: number,
  pauses: readonly Span[],
): number {
  let open = openBetween(timeline, from, to);
  for (const pause of pauses)
    open -= openBetween(timeline, Math.max(from, pause.start), Math.min(to, pause.end));
  return open;
}
