import { onFirstUse } from '../on-first-use';
import * as z from '../zod-mini';
import { type HolidayPlace, placeProblem } from './holidays/public-holidays';
import { parseIsoDate } from './local-date';
import { firstOverlap, type MinuteRange, parseClockRange, WEEKDAYS } from './week-hours';
import { isIanaZone } from './zone-clock';

/**
 * The calendar file format of CONTRACT section 1, as zod schemas that both check and
 * convert: clock ranges become minutes, dates become day numbers.
 */

/**
 * Fails a transform with `message`. zod/mini hands a transform the bare parse payload (classic
 * zod adds an `addIssue` to it), so the issue is pushed as classic's `addIssue` would record it.
 */
const fail = (payload: z.core.ParsePayload, message: string): never => {
  payload.issues.push({ code: 'custom', message, input: payload.value });
  return z.NEVER;
};

const WHOLE_WEEK = Object.fromEntries(WEEKDAYS.map((day) => [day, ['00:00-24:00']]));

/** `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD` as first and last day numbers, or the reason it is not one. */
function closedDays(text: string): readonly [number, number] | string {
  const ends = text.split('..');
  const [first, last] = [parseIsoDate(ends[0] ?? ''), parseIsoDate(ends[ends.length - 1] ?? '')];
  if (first === undefined || last === undefined || ends.length > 2) {
    return 'is not a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD';
  }
  return last < first ? 'is a range that ends before it starts' : [first, last];
}

/** A closed stretch as the file gives it: first and last day numbers, and the closure's name if it has one. */
export interface ClosedEntry {
  readonly days: readonly [number, number];
  readonly name?: string | Readonly<Record<string, string>>;
}

// Built on first use, not at import: a Lambda bundle runs the calendars its synth checked
// (lib/desk/checked-desk.ts) and never builds these, which was part of every cold start.
function buildCalendarFileSchemas() {
  const clockRange = z.pipe(
    z.string(),
    z.transform((text: string, payload): MinuteRange => {
      const range = parseClockRange(text);
      return typeof range === 'string' ? fail(payload, range) : range;
    }),
  );

  const dayHours = z.array(clockRange).check(
    z.superRefine((ranges: MinuteRange[], ctx) => {
      const overlapping = firstOverlap(ranges);
      if (overlapping >= 0)
        ctx.addIssue({
          code: 'custom',
          message: 'overlaps another range of the same day',
          path: [overlapping],
        });
    }),
  );

  // A preprocess: classic zod's `preprocess(fn, schema)` is this very pipe.
  const weekHours = z.pipe(
    z.transform((hours: unknown) => (hours === '24/7' ? WHOLE_WEEK : hours)),
    z.strictObject(
      Object.fromEntries(WEEKDAYS.map((day) => [day, z.optional(dayHours)])) as Record<
        (typeof WEEKDAYS)[number],
        z.ZodMiniOptional<typeof dayHours>
      >,
      { error: 'must be "24/7" or an object of weekdays mon..sun' },
    ),
  );

  const closureName = z.union([
    z.string().check(z.minLength(1), z.maxLength(80)),
    z
      .record(
        z.string().check(z.regex(/^[a-z]{2}$/, 'expected a language code such as it or en')),
        z.string().check(z.minLength(1), z.maxLength(80)),
      )
      .check(z.refine((names) => Object.keys(names).length > 0, 'needs a name in at least one language')),
  ]);

  /**
   * A closed date or range, `"2026-08-10..2026-08-28"`, or a named one that acknowledgements announce:
   * `{ "dates": "2026-08-10..2026-08-28", "name": { "it": "Chiusura estiva", "en": "Summer closure" } }`.
   */
  const closedEntry = z.pipe(
    z.union([z.string(), z.strictObject({ dates: z.string(), name: closureName })]),
    z.transform((entry, payload): ClosedEntry => {
      const days = closedDays(typeof entry === 'string' ? entry : entry.dates);
      if (typeof days === 'string') return fail(payload, days);
      return typeof entry === 'string' ? { days } : { days, name: entry.name };
    }),
  );

  const special = z.record(z.string(), dayHours).check(
    z.superRefine((dates: Record<string, MinuteRange[]>, ctx) => {
      for (const date of Object.keys(dates)) {
        if (parseIsoDate(date) === undefined)
          ctx.addIssue({ code: 'custom', message: 'is not a date YYYY-MM-DD', path: [date] });
      }
    }),
  );

  const holidays = z
    .strictObject({
      country: z.string(),
      region: z.optional(z.string()),
      city: z.optional(z.string()),
    })
    .check(
      z.superRefine((place: HolidayPlace, ctx) => {
        const problem = placeProblem(place);
        if (problem) ctx.addIssue({ code: 'custom', message: problem.reason, path: [problem.field] });
      }),
    );

  const timeZone = z
    .string()
    .check(
      z.refine(isIanaZone, 'is not an IANA time zone such as Europe/Rome (not a fixed offset like GMT-6)'),
    );

  /** One calendar in one zone. */
  const singleCalendarFile = z.strictObject({
    description: z.optional(z.string()),
    timeZone,
    hours: weekHours,
    holidays: z.optional(holidays),
    closed: z.optional(z.array(closedEntry)),
    special: z.optional(special),
  });

  /** Open whenever any part is open; its zone is the first part's. */
  const unionCalendarFile = z.strictObject({
    description: z.optional(z.string()),
    anyOf: z.array(singleCalendarFile).check(z.minLength(1, 'must list at least one calendar')),
  });

  return { singleCalendarFile, unionCalendarFile };
}

/** The schemas of one calendar in one zone and of a union of such calendars (open whenever any part is). */
export const calendarFileSchemas = onFirstUse(buildCalendarFileSchemas);

export type SingleCalendarFile = z.output<ReturnType<typeof buildCalendarFileSchemas>['singleCalendarFile']>;
