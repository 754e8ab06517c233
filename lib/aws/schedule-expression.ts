import { DateTime } from 'luxon';
import { instantsWithWallTimeOf, type WallTime, wallTime, wallTimeWithOffset } from '../calendar/wall-time';
import { isIanaZone } from '../calendar/zone-clock';

/** A one-time schedule expression and the zone EventBridge Scheduler reads it in. */
export interface AtExpression {
  readonly expression: string;
  readonly timeZone: string;
}

const AT_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";

/**
 * `at(yyyy-mm-ddThh:mm:ss)` for the instant, written in `timeZone` so the schedule reads as the
 * calendar does. A wall time that occurs twice (the hour repeated when daylight saving time ends)
 * would let Scheduler pick either, so such an instant is written in UTC instead.
 */
export function atExpression(at: number, timeZone: string): AtExpression {
  if (Number.isFinite(at) && isIanaZone(timeZone)) return atExpressionOnClock(at, timeZone);
  const local = DateTime.fromMillis(at, { zone: timeZone });
  if (local.getPossibleOffsets().length === 1) {
    return { expression: `at(${local.toFormat(AT_FORMAT)})`, timeZone };
  }
  return {
    expression: `at(${DateTime.fromMillis(at, { zone: 'UTC' }).toFormat(AT_FORMAT)})`,
    timeZone: 'UTC',
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** AT_FORMAT of a wall time. */
function atText(time: WallTime): string {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
}

/**
 * atExpression for an IANA zone, read from the zone's clock (lib/calendar/wall-time.ts; in a
 * Lambda bundle without asking the Intl API): the same text luxon writes.
 */
function atExpressionOnClock(at: number, timeZone: string): AtExpression {
  if (instantsWithWallTimeOf(at, timeZone).length === 1) {
    return { expression: `at(${atText(wallTime(at, timeZone))})`, timeZone };
  }
  return { expression: `at(${atText(wallTimeWithOffset(at, 0))})`, timeZone: 'UTC' };
}

const AT_PATTERN = /^at\((\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\)$/;

/** The instant an `at(...)` expression in `timeZone` stands for, or null for any other expression. */
export function instantOfAtExpression(expression: string, timeZone: string | undefined): number | null {
  const match = AT_PATTERN.exec(expression);
  if (!match?.[1]) return null;
  const local = DateTime.fromFormat(match[1], AT_FORMAT, { zone: timeZone || 'UTC' });
  return local.isValid ? local.toMillis() : null;
}
