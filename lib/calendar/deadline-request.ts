import type { Span } from '../domain/vocabulary';
import { type BusinessDuration, parseBusinessDuration } from './business-duration';
import type { Calendar } from './compiled-calendar';
import { addBusinessTime, formatInZone } from './deadlines';
import { CalendarError } from './errors';
import { type DeadlineExplanation, explainDeadline } from './explain';
import { parseIsoInstant } from './instant-text';

/**
 * Deadline requests as the CLI takes them (CONTRACT section 3): instants as ISO text with an
 * offset, pauses as pairs, and the batch format of one JSON object per line.
 */

/** A request for one deadline. */
export interface DeadlineRequest {
  readonly from: number;
  readonly add: BusinessDuration;
  readonly pauses: readonly Span[];
}

/** A request that cannot be answered; the message names the field and the value. */
export class DeadlineRequestError extends CalendarError {
  override readonly name: string = 'DeadlineRequestError';
}

function field<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CalendarError) throw new DeadlineRequestError(`${name} ${error.message}`);
    throw error;
  }
}

/** A paused span from its two ISO ends; the end must not come before the start. */
export function parsePause(start: string, end: string, name: string): Span {
  const span = {
    start: field(name, () => parseIsoInstant(start)),
    end: field(name, () => parseIsoInstant(end)),
  };
  if (span.end < span.start)
    throw new DeadlineRequestError(`${name} ${JSON.stringify(`${start}/${end}`)}: ends before it starts`);
  return span;
}

/** A pause written `START/END`, as on the command line. */
export function parsePauseText(text: string, name: string): Span {
  const ends = text.split('/');
  if (ends.length !== 2)
    throw new DeadlineRequestError(`${name} ${JSON.stringify(text)}: is not START/END (two ISO instants)`);
  return parsePause(ends[0]!, ends[1]!, name);
}

/** The request from the pieces of text a caller supplies; errors name `from`/`add` behind `prefix` (e.g. `--`). */
export function parseDeadlineRequest(
  from: string,
  add: string,
  pauses: readonly Span[] = [],
  prefix = '',
): DeadlineRequest {
  return {
    from: field(`${prefix}from`, () => parseIsoInstant(from)),
    add: field(`${prefix}add`, () => parseBusinessDuration(add)),
    pauses,
  };
}

/** The deadline of a request, as ISO 8601 in the calendar's zone. */
export function answerDeadline(calendar: Calendar, request: DeadlineRequest): string {
  return formatInZone(calendar, addBusinessTime(calendar, request.from, request.add, request.pauses));
}

/** How the deadline of a request was counted (CONTRACT section 9). */
export function explainRequest(calendar: Calendar, request: DeadlineRequest): DeadlineExplanation {
  return explainDeadline(calendar, request.from, request.add, request.pauses);
}
