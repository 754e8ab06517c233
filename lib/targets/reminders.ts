import { addBusinessTime, type Calendar } from '../calendar';
import type { Desk } from '../desk/desk';
import type { AnyReminderKind, Instant } from '../domain/vocabulary';
import { dueKind, lateKind, warningKind } from './kinds';
import type { TargetState } from './state';

/** One reminder of a target to schedule. */
export interface TargetReminderPlan {
  readonly at: Instant;
  readonly kind: AnyReminderKind;
}

/**
 * The reminders guarding the pending targets: the operators' warning and due, then each step of
 * the desk's late chain at its business time after the due time. Met targets have none.
 */
export function targetReminders(
  desk: Desk,
  calendar: Calendar,
  states: readonly TargetState[],
): TargetReminderPlan[] {
  return states
    .filter((s) => s.metAt === null)
    .flatMap((s) => [
      { at: s.warning, kind: warningKind(s.name) },
      { at: s.due, kind: dueKind(s.name) },
      ...desk.lateChain.map((step, i) => ({
        at: addBusinessTime(calendar, s.due, step.after),
        kind: lateKind(s.name, i + 1),
      })),
    ])
    .sort((a, b) => a.at - b.at);
}
