import { addBusinessTime, addOpenTime, businessTimeBetween, type Calendar } from '../calendar';
import type { CustomerTerms, Desk } from '../desk/desk';
import { type TargetTerms, targetApplies } from '../desk/targets';
import type { Instant, Priority, Span } from '../domain/vocabulary';
import type { TargetState } from './state';

/** What a ticket's targets depend on. */
export interface TargetFacts {
  readonly priority: Priority;
  readonly terms: CustomerTerms;
  /** No deadlines at all (best effort): no target starts. */
  readonly bestEffort: boolean;
  /** Policy A's condition: some targets apply to non-blocking requests only. */
  readonly blocking: boolean;
  /** Start of the SLA clock (a complete request); null while information is missing. */
  readonly clockStart: Instant | null;
  /** Where targets met by the resolution count from: the latest reopening, else the clock start. */
  readonly resolutionStart: Instant | null;
  /** Escalations to teams, oldest first: a team's targets start at its first. */
  readonly escalations: readonly { readonly team: string; readonly at: Instant }[];
  /** Ended clarification pauses: a due time counted from before one moves by it. */
  readonly pauses: readonly Span[];
}

/**
 * A due time after the clocks stood still during `pause`: one still ahead when the clocks stopped
 * moves by the pause's business time, whatever unit its amount is written in (the open time left
 * between the pause start and it is counted again from the pause end); one already passed was
 * missed, and waiting for the customer afterwards does not undo that.
 */
export function movedDue(calendar: Calendar, due: Instant, pause: Span): Instant {
  if (due <= pause.start) return due;
  const left = businessTimeBetween(calendar, pause.start, due);
  if (left <= 0) return due;
  return addOpenTime(calendar, pause.start, left, [pause]);
}

/** The warning instant: `ratio` of the business time from `start` to `due`, net of the pauses, in whole seconds. */
export function warningAt(
  calendar: Calendar,
  start: Instant,
  due: Instant,
  ratio: number,
  pauses: readonly Span[],
): Instant {
  const after = Math.round((businessTimeBetween(calendar, start, due, pauses) * ratio) / 1000) * 1000;
  return addOpenTime(calendar, start, after, pauses);
}

/** The tier's targets of a customer's terms (none for an unknown tier). */
export function tierTargets(desk: Desk, terms: CustomerTerms): readonly TargetTerms[] {
  return desk.tiers.get(terms.tier)?.targets ?? [];
}

function clockOf(target: TargetTerms, facts: TargetFacts): Instant | null {
  if (target.starts === 'escalation')
    return facts.escalations.find((e) => e.team === target.team)?.at ?? null;
  return target.metBy === 'resolution' ? facts.resolutionStart : facts.clockStart;
}

function started(
  target: TargetTerms,
  facts: TargetFacts,
  calendar: Calendar,
  ratio: number,
): TargetState | null {
  const amount = target.within[facts.priority];
  const start = clockOf(target, facts);
  if (amount === null || start === null || !targetApplies(target, facts)) return null;
  const pauses = facts.pauses.filter((p) => p.start >= start);
  const due = pauses.reduce(
    (moved, p) => movedDue(calendar, moved, p),
    addBusinessTime(calendar, start, amount),
  );
  return {
    name: target.name,
    ...(target.team === null ? {} : { team: target.team }),
    start,
    due,
    warning: warningAt(calendar, start, due, ratio, pauses),
    metAt: null,
    promised: target.promised,
  };
}

/**
 * The ticket's targets in the tier's order: each of `kept` as it is (by name), every other target
 * whose clock has started computed from its start at the ticket's priority, moved by the pauses
 * since. A target that does not apply (its condition, a priority with no amount, best effort) or
 * whose clock has not started is absent. The one place target times are computed.
 */
export function planTargets(
  desk: Desk,
  calendar: Calendar,
  facts: TargetFacts,
  kept: readonly TargetState[] = [],
): TargetState[] {
  if (facts.bestEffort) return [...kept];
  const states: TargetState[] = [];
  for (const target of tierTargets(desk, facts.terms)) {
    const state =
      kept.find((s) => s.name === target.name) ?? started(target, facts, calendar, desk.warningRatio);
    if (state) states.push(state);
  }
  return states;
}

/** The targets once the clocks ran again after `pause`: every pending one moved by it, its warning recounted. */
export function movedTargets(
  states: readonly TargetState[],
  calendar: Calendar,
  pause: Span,
  pauses: readonly Span[],
  ratio: number,
): TargetState[] {
  return states.map((s) => {
    if (s.metAt !== null) return s;
    const due = movedDue(calendar, s.due, pause);
    const since = pauses.filter((p) => p.start >= s.start);
    return { ...s, due, warning: warningAt(calendar, s.start, due, ratio, since) };
  });
}
