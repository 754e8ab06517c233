import { addOpenTime, businessTimeBetween, type Calendar } from '../../calendar';
import type { Instant, ReminderKind, Span } from '../../domain/vocabulary';
import type { PlannedReminder } from '../../intake/decision';

/**
 * The warning and due reminders of one SLA step: the warning at `ratio` of the business time the
 * step has from `start` to its deadline, net of the paused spans (as planSla counts it when there
 * are none), in whole seconds; the due at the deadline. None without a start or a deadline.
 */
export function warningAndDue(
  calendar: Calendar,
  start: Instant | null,
  deadline: Instant | null,
  ratio: number,
  kinds: readonly [ReminderKind, ReminderKind],
  pauses: readonly Span[],
): PlannedReminder[] {
  if (start === null || deadline === null) return [];
  const warningAfter =
    Math.round((businessTimeBetween(calendar, start, deadline, pauses) * ratio) / 1000) * 1000;
  return [
    { at: addOpenTime(calendar, start, warningAfter, pauses), kind: kinds[0] },
    { at: deadline, kind: kinds[1] },
  ];
}
