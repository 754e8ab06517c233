import type { Instant, Span } from '../domain/vocabulary';
import { addBusinessDays } from './business-days';
import type { BusinessDuration } from './business-duration';
import { type Calendar, compiled } from './compiled-calendar';
import { formatInstant } from './instant-text';
import { MS_PER_HOUR, MS_PER_MINUTE } from './local-date';
import { isOpenOn, nextOpeningOn } from './open-time';
import { addOpenPaused, joinPauses, nextUnpausedOpening, openBetweenPaused } from './pauses';

/** The public questions a calendar answers (INTERFACES section 1, CONTRACT section 2). */

/** The deadline `d` of business time after `from`; pauses apply to minutes and hours only. */
export function addBusinessTime(
  cal: Calendar,
  from: Instant,
  d: BusinessDuration,
  pauses: readonly Span[] = [],
): Instant {
  const calendar = compiled(cal);
  if (d.unit === 'd') return addBusinessDays(calendar.timeline, calendar.clock, from, d.amount);
  return addOpenTime(cal, from, d.amount * (d.unit === 'h' ? MS_PER_HOUR : MS_PER_MINUTE), pauses);
}

/** The earliest instant with `ms` of open, unpaused time elapsed since `from` (0 ms: the next opening). */
export function addOpenTime(cal: Calendar, from: Instant, ms: number, pauses: readonly Span[] = []): Instant {
  const { timeline } = compiled(cal);
  const joined = joinPauses(pauses);
  if (ms <= 0) return nextUnpausedOpening(timeline, from, joined);
  return addOpenPaused(timeline, from, ms, joined);
}

/** Milliseconds of open, unpaused time in [from, to); 0 when `to` is not after `from`. */
export function businessTimeBetween(
  cal: Calendar,
  from: Instant,
  to: Instant,
  pauses: readonly Span[] = [],
): number {
  return openBetweenPaused(compiled(cal).timeline, from, to, joinPauses(pauses));
}

/** Whether the calendar is open at an instant. */
export function isOpen(cal: Calendar, at: Instant): boolean {
  return isOpenOn(compiled(cal).timeline, at);
}

/** `at` when already open, else the next opening; null if the calendar never opens again. */
export function nextOpening(cal: Calendar, at: Instant): Instant | null {
  return nextOpeningOn(compiled(cal).timeline, at);
}

/** ISO 8601 in the calendar's zone, e.g. `2026-01-08T18:00:00+01:00`. */
export function formatInZone(cal: Calendar, at: Instant): string {
  return formatInstant(compiled(cal).clock, at);
}
