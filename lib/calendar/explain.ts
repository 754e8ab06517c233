import type { Instant, Span } from '../domain/vocabulary';
import type { BusinessDuration } from './business-duration';
import type { CalendarPart, ClosedReason } from './calendar-part';
import { type Calendar, compiled } from './compiled-calendar';
import { addBusinessTime } from './deadlines';
import { formatInstant } from './instant-text';
import { formatIsoDate, MS_PER_MINUTE } from './local-date';
import { businessDatesAfter, hasOpenTime, openIntervals, withoutPauses } from './open-intervals';
import { nextOpeningOn } from './open-time';
import { joinPauses } from './pauses';

/**
 * How a deadline was counted (CONTRACT section 9): the open intervals used, the dates of the
 * span without open time and why, the pauses taken out, and for `<N>d` the business dates.
 */

/** An open interval that counted, in the calendar's zone. */
export interface CountedInterval {
  readonly from: string;
  readonly to: string;
  readonly minutes: number;
}

/** A date of the span with no open time. */
export interface SkippedDate extends ClosedReason {
  readonly date: string;
}

/** A paused span that fell inside the count. */
export interface PausedSpan {
  readonly from: string;
  readonly to: string;
}

/** The explanation of one deadline, as `--explain --json` prints it. */
export interface DeadlineExplanation {
  readonly deadline: string;
  readonly counted: readonly CountedInterval[];
  readonly skipped: readonly SkippedDate[];
  readonly paused: readonly PausedSpan[];
  /** For `<N>d` only: the N business dates counted after the date of the first open instant. */
  readonly businessDays?: readonly string[];
}

// In a union each part has its own reasons; the first part that has one speaks for the date.
function reasonOn(parts: readonly CalendarPart[], dayNumber: number): ClosedReason {
  for (const part of parts) {
    const reason = part.closedReasonOn(dayNumber);
    if (reason) return reason;
  }
  return { reason: 'weekend' };
}

/** The deadline `amount` after `from` and how it was counted; pauses apply to minutes and hours only. */
export function explainDeadline(
  cal: Calendar,
  from: Instant,
  amount: BusinessDuration,
  pauses: readonly Span[] = [],
): DeadlineExplanation {
  const { clock, timeline, parts } = compiled(cal);
  const deadline = addBusinessTime(cal, from, amount, pauses);
  const text = (at: number): string => formatInstant(clock, at);
  const joined = amount.unit === 'd' ? [] : joinPauses(pauses);
  const counted = withoutPauses(openIntervals(timeline, from, deadline), joined).map(([start, end]) => ({
    from: text(start),
    to: text(end),
    minutes: (end - start) / MS_PER_MINUTE,
  }));
  const paused = joined
    .filter((pause) => pause.end > from && pause.start < deadline)
    .map((pause) => ({ from: text(Math.max(from, pause.start)), to: text(Math.min(deadline, pause.end)) }));
  // A deadline at local midnight ends the day before: the last date of the span is that one.
  const [firstDay, lastDay] = [from, Math.max(from, deadline - 1)].map(
    (at) => clock.localClock(at).dayNumber,
  );
  const skipped: SkippedDate[] = [];
  for (let day = firstDay!; day <= lastDay!; day += 1) {
    if (!hasOpenTime(timeline, day)) skipped.push({ date: formatIsoDate(day), ...reasonOn(parts, day) });
  }
  const explanation = { deadline: text(deadline), counted, skipped, paused };
  if (amount.unit !== 'd') return explanation;
  const start = nextOpeningOn(timeline, from) ?? from;
  const days = businessDatesAfter(timeline, clock.localClock(start).dayNumber, amount.amount);
  return { ...explanation, businessDays: days.map(formatIsoDate) };
}
