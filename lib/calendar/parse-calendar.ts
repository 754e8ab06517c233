import type { core } from '../zod-mini';
import { calendarFileSchemas, type SingleCalendarFile } from './calendar-file';
import { CalendarPart } from './calendar-part';
import { type Calendar, CompiledCalendar } from './compiled-calendar';
import { CalendarConfigError } from './errors';
import { type HolidayPlace, PublicHolidays } from './holidays/public-holidays';
import { parseIsoDate } from './local-date';
import { type MinuteRange, toWeekMinutes, WEEKDAYS } from './week-hours';
import { zoneClock } from './zone-clock';

// Shared by every calendar in the process: holiday years are pure facts (zone clocks too, zoneClock).
const holidaySets = new Map<string, PublicHolidays>();

function holidaysOf(place: HolidayPlace): PublicHolidays {
  const key = [place.country, place.region ?? '', place.city ?? ''].join('/');
  const holidays = holidaySets.get(key) ?? new PublicHolidays(place);
  holidaySets.set(key, holidays);
  return holidays;
}

/** A closure's names by language; a single name stands for every language (`*`). */
function namesOf(name: string | Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return typeof name === 'string' ? { '*': name } : name;
}

function compilePart(file: SingleCalendarFile): CalendarPart {
  const days = WEEKDAYS.map((day) => file.hours[day] ?? []);
  const special = Object.entries(file.special ?? {}).map(
    ([date, ranges]): [number, readonly MinuteRange[]] => [parseIsoDate(date)!, ranges],
  );
  return new CalendarPart({
    clock: zoneClock(file.timeZone),
    week: toWeekMinutes(days),
    holidays: file.holidays ? holidaysOf(file.holidays) : undefined,
    closed: (file.closed ?? []).map((entry) => entry.days),
    closures: (file.closed ?? []).flatMap((entry) =>
      entry.name === undefined ? [] : [{ days: entry.days, names: namesOf(entry.name) }],
    ),
    special: new Map(special),
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );
}

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  ) || '(top level)';

function configError(source: string, input: unknown, issue: core.$ZodIssue): CalendarConfigError {
  if (issue.code === 'unrecognized_keys') {
    const path = [...issue.path, issue.keys[0] ?? ''];
    return new CalendarConfigError(source, pathText(path), valueAt(input, path), 'is not a calendar field');
  }
  const value = valueAt(input, issue.path);
  const reason = value === undefined ? 'is missing' : issue.message.replace(/^Invalid input: /, '');
  return new CalendarConfigError(source, pathText(issue.path), value, reason);
}

/**
 * A calendar file that passed its schema: the calendars in one zone it is made of, as the schema
 * converts them (minutes, day numbers), and the file as written. Plain JSON, so that a bundle can
 * carry the calendars its synth checked (lib/desk/checked-desk.ts).
 */
export interface CheckedCalendar {
  readonly parts: readonly SingleCalendarFile[];
  readonly snapshot: string;
}

/** Checks a calendar file's content (CONTRACT section 1) against its schema; throws CalendarConfigError. */
export function checkCalendar(input: unknown, source = 'calendar'): CheckedCalendar {
  const { singleCalendarFile, unionCalendarFile } = calendarFileSchemas();
  const isUnion = input !== null && typeof input === 'object' && 'anyOf' in input;
  const parsed = isUnion ? unionCalendarFile.safeParse(input) : singleCalendarFile.safeParse(input);
  if (!parsed.success) throw configError(source, input, parsed.error.issues[0]!);
  return { parts: 'anyOf' in parsed.data ? parsed.data.anyOf : [parsed.data], snapshot: snapshotOf(input) };
}

/** The immutable Calendar of a checked calendar file. */
export function compileCheckedCalendar(checked: CheckedCalendar): Calendar {
  return new CompiledCalendar(checked.parts.map(compilePart), checked.snapshot);
}

/** Validates a calendar file's content (CONTRACT section 1) into an immutable Calendar; throws CalendarConfigError. */
export function parseCalendar(input: unknown, source = 'calendar'): Calendar {
  return compileCheckedCalendar(checkCalendar(input, source));
}

// The file as written, but for descriptions: wording changes no deadline.
function snapshotOf(input: unknown): string {
  return JSON.stringify(input, (key, value: unknown) => (key === 'description' ? undefined : value));
}
