import { type Calendar, compiled } from './compiled-calendar';
import { formatIsoDate } from './local-date';
import { nextOpeningOn } from './open-time';

/** A named closure between an instant and the next opening: what an acknowledgement announces. */
export interface ClosureAhead {
  /** The closure's name by language; `*` when it has one name for every language. */
  readonly names: Readonly<Record<string, string>>;
  /** Its last closed date, `YYYY-MM-DD`. */
  readonly lastDate: string;
  /** When support opens again after it, or null when the calendar never opens again. */
  readonly reopensAt: number | null;
}

/**
 * The named closure the desk is in, or that comes before it opens again (a message on the Friday
 * evening before the Christmas closure): null when the time until the next opening holds none.
 * Read on the calendar's first part, whose zone is the calendar's. At most one check per day of
 * the span, and the span ends at the next opening.
 */
export function closureAhead(calendar: Calendar, at: number): ClosureAhead | null {
  const engine = compiled(calendar);
  const part = engine.parts[0];
  if (!part || part.rules.closures.length === 0) return null;
  const reopensAt = nextOpeningOn(engine.timeline, at);
  const first = engine.clock.localClock(at).dayNumber;
  // A calendar that never opens again: look no further than the closures themselves.
  const last =
    reopensAt === null
      ? Math.max(...part.rules.closures.map((c) => c.days[1]))
      : engine.clock.localClock(reopensAt).dayNumber;
  const closure = part.rules.closures.find(({ days: [from, to] }) => from <= last && to >= first);
  if (!closure) return null;
  return { names: closure.names, lastDate: formatIsoDate(closure.days[1]), reopensAt };
}
