import { IANAZone } from 'luxon';
import { instantOfAtExpression } from '../../lib/aws/schedule-expression';
import { SchedulerApiError } from './api-error';

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
  // The production adapter's own reader: the peer reads an expression exactly as the desk wrote it.
  const at = instantOfAtExpression(expression, timeZone);
  if (at === null) {
    const why = /^(rate|cron)\(/.test(expression)
      ? ' (the local scheduler serves at() expressions only)'
      : /^at\(/.test(expression)
        ? ': no such date'
        : '';
    throw new SchedulerApiError(
      'ValidationException',
      `Invalid Schedule Expression ${JSON.stringify(expression)}${why}.`,
    );
  }
  return at;
}
