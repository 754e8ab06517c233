import type { Span } from '../domain/vocabulary';
import type { Calendar } from './compiled-calendar';
import {
  answerDeadline,
  DeadlineRequestError,
  explainRequest,
  parseDeadlineRequest,
  parsePause,
} from './deadline-request';
import { CalendarError } from './errors';

/**
 * One line of `support-desk deadline --batch`: `{"from": ISO, "add": "4h", "pauses": [[ISO, ISO]]}`
 * in, `{"deadline": ISO}` or `{"error": "..."}` out. A bad line never stops the batch. A line with
 * `"explain": true` (or every line, under `--explain`) gets the explanation object instead.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function textField(record: Record<string, unknown>, name: string): string {
  const value = record[name];
  if (typeof value !== 'string')
    throw new DeadlineRequestError(
      `${name}${value === undefined ? ' is missing' : ` ${JSON.stringify(value)}: must be a string`}`,
    );
  return value;
}

function pausesField(record: Record<string, unknown>): Span[] {
  const pauses = record.pauses ?? [];
  if (!Array.isArray(pauses))
    throw new DeadlineRequestError(`pauses ${JSON.stringify(pauses)}: must be a list of [start, end] pairs`);
  return pauses.map((pair: unknown, i) => {
    if (
      !Array.isArray(pair) ||
      pair.length !== 2 ||
      typeof pair[0] !== 'string' ||
      typeof pair[1] !== 'string'
    ) {
      throw new DeadlineRequestError(
        `pauses[${i}] ${JSON.stringify(pair)}: must be a pair [start, end] of ISO instants`,
      );
    }
    return parsePause(pair[0], pair[1], `pauses[${i}]`);
  });
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new DeadlineRequestError(`${JSON.stringify(line.slice(0, 80))}: is not JSON`);
  }
}

function explainField(record: Record<string, unknown>, explainAll: boolean): boolean {
  const explain = record.explain ?? explainAll;
  if (typeof explain !== 'boolean')
    throw new DeadlineRequestError(`explain ${JSON.stringify(explain)}: must be true or false`);
  return explain;
}

/** The answer to one batch line (`lineNumber` counts from 1 and prefixes errors); `explainAll` is `--explain`. */
export function answerBatchLine(
  calendar: Calendar,
  line: string,
  lineNumber: number,
  explainAll = false,
): string {
  try {
    const record = parseJson(line);
    if (!isRecord(record)) throw new DeadlineRequestError('expected an object {"from": ISO, "add": "4h"}');
    const request = parseDeadlineRequest(
      textField(record, 'from'),
      textField(record, 'add'),
      pausesField(record),
    );
    if (explainField(record, explainAll)) return JSON.stringify(explainRequest(calendar, request));
    return `{"deadline":"${answerDeadline(calendar, request)}"}`;
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    return JSON.stringify({ error: `line ${lineNumber}: ${error.message}` });
  }
}
