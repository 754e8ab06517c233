import { addBusinessTime, type Calendar } from '../calendar';
import type { CustomerTerms, Desk, LateStep } from '../desk/desk';
import type { AnyReminderKind, Instant } from '../domain/vocabulary';
import { dueKind, lateKind, warningKind } from './kinds';
import { tierTargets } from './plan';
import type { TargetState } from './state';

/** One reminder of a target to schedule. */
export interface TargetReminderPlan {
  readonly at: Instant;
  readonly kind: AnyReminderKind;
}

/**
 * Who hears of a target of the tier still not met after its due time: the target's own late chain,
 * else the desk's (also for a target the desk no longer has).
 */
export function lateChainOf(desk: Desk, terms: CustomerTerms, name: string): readonly LateStep[] {
  return tierTargets(desk, terms).find((t) => t.name === name)?.lateChain ?? desk.lateChain;
}

/**
 * The reminders guarding the pending targets: the operators' warning and due, then each step of
 * the target's late chain (its own, else the desk's) at its business time after the due time.
 * Met targets have none. `terms` are the ticket's: its tier has the targets.
 */
export function targetReminders(
  desk: Desk,
  calendar: Calendar,
  states: readonly TargetState[],
  terms: CustomerTerms,
): TargetReminderPlan[] {
  return states
    .filter((s) => s.metAt === null)
    .flatMap((s) => [
      { at: s.warning, kind: warningKind(s.name) },
      { at: s.due, kind: dueKind(s.name) },
      ...lateChainOf(desk, terms, s.name).map((step, i) => ({
        at: addBusinessTime(calendar, s.due, step.after),
        kind: lateKind(s.name, i + 1),
      })),
    ])
    .sort((a, b) => a.at - b.at);
}
