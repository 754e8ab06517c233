import { type Calendar, compiled } from './compiled-calendar';
import { CalendarError } from './errors';
import { parseCalendar } from './parse-calendar';

/**
 * A calendar as a ticket keeps it: the JSON of its file (descriptions left out), so that a report
 * judges the ticket with the calendar its deadlines were computed with, not the one in force today.
 */

/** The calendar's snapshot: its file's content as JSON text. */
export function calendarSnapshot(calendar: Calendar): string {
  return compiled(calendar).snapshot;
}

// Many tickets share a snapshot; each is parsed once per process.
const parsed = new Map<string, Calendar>();

/** The calendar a snapshot records (throws CalendarConfigError when it no longer parses, e.g. a place gone). */
export function calendarFromSnapshot(snapshot: string, source = 'calendar snapshot'): Calendar {
  let calendar = parsed.get(snapshot);
  if (!calendar) {
    let content: unknown;
    try {
      content = JSON.parse(snapshot);
    } catch {
      throw new CalendarError(`${source}: is not JSON`);
    }
    calendar = parseCalendar(content, source);
    parsed.set(snapshot, calendar);
  }
  return calendar;
}
