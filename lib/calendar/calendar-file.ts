// Named imports: they let a bundler drop the rest of zod (83 KB instead of 443 KB minified).
import {
  array,
  NEVER,
  type output,
  preprocess,
  type RefinementCtx,
  record,
  strictObject,
  string,
  type ZodOptional,
} from 'zod';
import { type HolidayPlace, placeProblem } from './holidays/public-holidays';
import { parseIsoDate } from './local-date';
import { firstOverlap, type MinuteRange, parseClockRange, WEEKDAYS } from './week-hours';
import { isIanaZone } from './zone-clock';

/**
 * The calendar file format of CONTRACT section 1, as zod schemas that both check and
 * convert: clock ranges become minutes, dates become day numbers.
 */

const fail = (ctx: RefinementCtx, message: string): never => {
  ctx.addIssue({ code: 'custom', message });
  return NEVER;
};

const clockRange = string().transform((text, ctx): MinuteRange => {
  const range = parseClockRange(text);
  return typeof range === 'string' ? fail(ctx, range) : range;
});

const dayHours = array(clockRange).superRefine((ranges, ctx) => {
  const overlapping = firstOverlap(ranges);
  if (overlapping >= 0)
    ctx.addIssue({ code: 'custom', message: 'overlaps another range of the same day', path: [overlapping] });
});

const WHOLE_WEEK = Object.fromEntries(WEEKDAYS.map((day) => [day, ['00:00-24:00']]));

const weekHours = preprocess(
  (hours) => (hours === '24/7' ? WHOLE_WEEK : hours),
  strictObject(
    Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours.optional()])) as Record<
      (typeof WEEKDAYS)[number],
      ZodOptional<typeof dayHours>
    >,
    { error: 'must be "24/7" or an object of weekdays mon..sun' },
  ),
);

const closedEntry = string().transform((text, ctx): readonly [number, number] => {
  const ends = text.split('..');
  const [first, last] = [parseIsoDate(ends[0] ?? ''), parseIsoDate(ends[ends.length - 1] ?? '')];
  if (first === undefined || last === undefined || ends.length > 2) {
    return fail(ctx, 'is not a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD');
  }
  return last < first ? fail(ctx, 'is a range that ends before it starts') : [first, last];
});

const special = record(string(), dayHours).superRefine((dates, ctx) => {
  for (const date of Object.keys(dates)) {
    if (parseIsoDate(date) === undefined)
      ctx.addIssue({ code: 'custom', message: 'is not a date YYYY-MM-DD', path: [date] });
  }
});

const holidays = strictObject({
  country: string(),
  region: string().optional(),
  city: string().optional(),
}).superRefine((place: HolidayPlace, ctx) => {
  const problem = placeProblem(place);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.reason, path: [problem.field] });
});

const timeZone = string().refine(
  isIanaZone,
  'is not an IANA time zone such as Europe/Rome (not a fixed offset like GMT-6)',
);

/** One calendar in one zone. */
export const singleCalendarFile = strictObject({
  description: string().optional(),
  timeZone,
  hours: weekHours,
  holidays: holidays.optional(),
  closed: array(closedEntry).optional(),
  special: special.optional(),
});

/** Open whenever any part is open; its zone is the first part's. */
export const unionCalendarFile = strictObject({
  description: string().optional(),
  anyOf: array(singleCalendarFile).min(1, 'must list at least one calendar'),
});

export type SingleCalendarFile = output<typeof singleCalendarFile>;
