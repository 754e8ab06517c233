import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { type Calendar, parseCalendar } from '../../../../lib/calendar';

/** Calendars and instants for the engine's tests, written the way the contract writes them. */

const EXAMPLES = fileURLToPath(new URL('../../../../examples/calendars', import.meta.url));

/** The parsed content of an example calendar file (as JSON, for the naive reference too). */
export function exampleFile(name: string): unknown {
  return JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8'));
}

/** An example calendar, parsed by the engine. */
export function example(name: string): Calendar {
  return parseCalendar(exampleFile(name), `examples/calendars/${name}.json`);
}

/** Weekdays Monday-Friday with the same ranges each day. */
export function weekdays(...ranges: string[]): Record<string, string[]> {
  return Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, ranges]));
}

/** The contract's calendar: Mon-Fri 09:00-13:00 and 14:30-18:30, Europe/Rome, Italian holidays. */
export const contractCalendar = (): Calendar =>
  parseCalendar({
    timeZone: 'Europe/Rome',
    hours: weekdays('09:00-13:00', '14:30-18:30'),
    holidays: { country: 'IT' },
  });

/** An ISO 8601 instant with offset as epoch ms, read by luxon (independent of the engine's parser). */
export function at(iso: string): number {
  const parsed = DateTime.fromISO(iso, { setZone: true });
  if (!parsed.isValid) throw new Error(`bad test instant ${iso}`);
  return parsed.toMillis();
}
