import type { CalendarPart } from './calendar-part';
import { CalendarError } from './errors';
import { keyOf } from './holidays/public-holidays';
import { Timeline } from './timeline';
import type { ZoneClock } from './zone-clock';

/** A parsed calendar: its zone is public, the rest is the engine's business. */
export interface Calendar {
  readonly timeZone: string;
}

/** The engine's calendar: validated parts and their lazily built open-time timeline. */
export class CompiledCalendar implements Calendar {
  readonly timeZone: string;
  readonly clock: ZoneClock;
  readonly timeline: Timeline;

  /**
   * @param snapshot the calendar file's content as JSON, descriptions left out: what a ticket
   *   keeps to be judged later with the calendar its deadlines were computed with.
   */
  constructor(
    readonly parts: readonly CalendarPart[],
    readonly snapshot: string,
  ) {
    const first = parts[0];
    if (!first) throw new CalendarError('a calendar needs at least one part');
    this.clock = first.clock;
    this.timeZone = first.clock.name;
    this.timeline = new Timeline(parts);
    Object.freeze(this);
  }
}

/** The places (`IT`, `IT/25/MI`) whose public holidays close the calendar, each once. */
export function holidayPlacesOf(calendar: Calendar): string[] {
  const places = compiled(calendar).parts.flatMap((part) => {
    const holidays = part.rules.holidays;
    return holidays ? [keyOf(holidays.place)] : [];
  });
  return [...new Set(places)];
}

/** The IANA zones of the calendar's parts, each once. */
export function timeZonesOf(calendar: Calendar): string[] {
  return [...new Set(compiled(calendar).parts.map((part) => part.clock.name))];
}

/** The engine's view of a calendar; only calendars made by parseCalendar qualify. */
export function compiled(calendar: Calendar): CompiledCalendar {
  if (calendar instanceof CompiledCalendar) return calendar;
  throw new CalendarError('not a calendar made by parseCalendar');
}
