import { DateTime } from 'luxon';
import type { Instant } from '../domain/vocabulary';
import type { PeriodKind } from './options';

/** One stretch of the report: a month (`2026-11`) or an ISO week (`2026-W48`), maybe clipped by the range. */
export interface Period {
  readonly label: string;
  /** First instant, inclusive. */
  readonly start: Instant;
  /** End, exclusive. */
  readonly end: Instant;
}

const LABELS: Readonly<Record<PeriodKind, string>> = { month: 'yyyy-MM', week: "kkkk-'W'WW" };

/** The whole period containing `at`, cut at local midnights in `zone` (luxon handles daylight saving time). */
export function periodOf(at: Instant, kind: PeriodKind, zone: string): Period {
  const start = DateTime.fromMillis(at, { zone }).startOf(kind);
  const end = start.plus(kind === 'month' ? { months: 1 } : { weeks: 1 });
  return { label: start.toFormat(LABELS[kind]), start: start.toMillis(), end: end.toMillis() };
}

/** The consecutive periods covering [from, to), the first and last clipped to the range. */
export function periodsCovering(from: Instant, to: Instant, kind: PeriodKind, zone: string): Period[] {
  const periods: Period[] = [];
  for (let at = from; at < to; ) {
    const whole = periodOf(at, kind, zone);
    periods.push({ label: whole.label, start: at, end: Math.min(whole.end, to) });
    at = whole.end;
  }
  return periods;
}
