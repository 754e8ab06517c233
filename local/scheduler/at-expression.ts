import { DateTime, IANAZone } from 'luxon';
import { SchedulerApiError } from './api-error';

// Fixed width, anchored, no nested quantifier: linear on any input.
const AT = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/;

// luxon checks a zone by building an Intl formatter, which costs more than the rest of a parse:
// zones found valid are remembered (there are a few hundred; invalid ones are never kept).
const validZones = new Set<string>();

function isZone(name: string): boolean {
  if (validZones.has(name)) return true;
  if (!IANAZone.isValidZone(name)) return false;
  validZones.add(name);
  return true;
}

/**
 * The instant of an `at(yyyy-mm-ddThh:mm:ss)` expression read in `timeZone` (Scheduler's
 * default is UTC), epoch milliseconds. rate() and cron() schedules are not served locally:
 * the desk only makes one-time schedules.
 */
export function atInstant(expression: string, timeZone: string): number {
  if (!isZone(timeZone)) {
    throw new SchedulerApiError(
      'ValidationException',
      `Invalid ScheduleExpressionTimezone ${JSON.stringify(timeZone)}.`,
    );
  }
  const match = AT.exec(expression);
  if (!match) {
    const why = /^(rate|cron)\(/.test(expression)
      ? ' (the local scheduler serves at() expressions only)'
      : '';
    throw new SchedulerApiError(
      'ValidationException',
      `Invalid Schedule Expression ${JSON.stringify(expression)}${why}.`,
    );
  }
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const local = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: timeZone });
  if (!local.isValid || local.month !== month || local.day !== day) {
    throw new SchedulerApiError(
      'ValidationException',
      `Invalid Schedule Expression ${JSON.stringify(expression)}: no such date.`,
    );
  }
  return local.toMillis();
}
