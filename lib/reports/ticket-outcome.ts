import { businessTimeBetween, type Calendar } from '../calendar';
import { isContractTarget } from '../desk/targets';
import type { Instant, Span } from '../domain/vocabulary';
import type { Ticket } from '../tickets/model/ticket';
import { pausedSpans } from '../tickets/steps/pauses';
import { ticketTargets } from '../tickets/steps/targets';
import type { CatalogueTarget } from './target-catalogue';

/**
 * How one SLA step stands at the report's instant: done by its deadline (`met`), done after it
 * (`late`), not done with the deadline passed (`open-past-deadline`, late as well), not done with
 * the deadline still ahead (`pending`), or nothing promised (`not-promised`).
 */
export type StepOutcome = 'met' | 'late' | 'open-past-deadline' | 'pending' | 'not-promised';

/** A ticket's times taken together: all promised steps met, one missed, or not decided yet. */
export type Compliance = 'met' | 'missed' | 'pending';

/** Why a ticket is listed apart and kept out of the ratios. */
export type Exclusion = 'best-effort' | 'awaiting-info';

/**
 * How one named target stands at the report's instant: as a step (`met`, `late`,
 * `open-past-deadline`, `pending`), or `not-applicable` when the ticket does not carry it then
 * (its condition or priority gives it nothing, its team was never escalated to, its clock had
 * not started by the report's instant).
 */
export type TargetOutcome = Exclude<StepOutcome, 'not-promised'> | 'not-applicable';

/** One named target of a judged ticket. */
export interface TargetJudgement {
  readonly name: string;
  /** Promised to the customer (the ticket's own target, else the desk's catalogue). */
  readonly promised: boolean;
  readonly outcome: TargetOutcome;
  /** Business time from the target's start to the event that met it, once met by the report's instant, net of pauses; else null. */
  readonly time: number | null;
}

/** One counted ticket, judged at the report's instant. */
export interface TicketOutcome {
  readonly ticket: Ticket;
  readonly takeCharge: StepOutcome;
  readonly resolution: StepOutcome;
  readonly compliance: Compliance;
  /** Business time from the clock start to the take-charge, once done, net of clarification pauses; else null. */
  readonly takeChargeTime: number | null;
  /**
   * Business time from the start of the resolution clock in force at the report's instant (the
   * clock start, or the reopening) to the resolution, once done, net of clarification pauses; else null.
   */
  readonly resolutionTime: number | null;
  /** Every target of the desk's catalogue, then any the ticket carries that the desk no longer has. */
  readonly targets: readonly TargetJudgement[];
}

/** Why the ticket has no SLA to judge at `at` (no deadlines, or its clock had not started), else null. */
export function exclusionOf(ticket: Ticket, at: Instant): Exclusion | null {
  const { takeCharge, resolution } = ticket.deadlines;
  // Policy E's targets are none of the contract's two: a ticket with targets has an SLA even
  // when both deadlines are null.
  const noTargets = (ticket.targets ?? []).length === 0;
  const nothing = takeCharge === null && resolution === null && noTargets;
  if (ticket.bestEffort || (nothing && ticket.clockStart !== null)) return 'best-effort';
  return ticket.clockStart === null || ticket.clockStart > at ? 'awaiting-info' : null;
}

/** How a step with this deadline, done at `done` (null: not done), stands at `at`. */
export function stepOutcome(deadline: Instant | null, done: Instant | null, at: Instant): StepOutcome {
  if (deadline === null) return 'not-promised';
  if (done !== null) return done <= deadline ? 'met' : 'late';
  return deadline < at ? 'open-past-deadline' : 'pending';
}

/** The earliest of the instants that had happened by `at`, or null. */
function earliestBy(at: Instant, ...instants: (Instant | null)[]): Instant | null {
  const happened = instants.filter((i): i is Instant => i !== null && i <= at);
  return happened.length === 0 ? null : Math.min(...happened);
}

/**
 * The take-charge happened when an operator took the ticket in charge or, failing that, first
 * resolved or closed it (dealing with a request takes charge of it), even in a round since reopened.
 */
function takeChargeDone(ticket: Ticket, at: Instant): Instant | null {
  const earlier = ticket.reopenings.flatMap((r) => [r.resolvedAt, r.closedAt]);
  return earliestBy(at, ticket.takenInChargeAt, ticket.resolvedAt, ticket.closedAt, ...earlier);
}

/** The resolution round in force at `at` (a reopening after `at` had not happened yet): its clock start, deadline and end. */
function resolutionRound(
  ticket: Ticket,
  at: Instant,
): { start: Instant | null; deadline: Instant | null; done: Instant | null } {
  const index = ticket.reopenings.findIndex((r) => r.at > at);
  const ended = index === -1 ? null : ticket.reopenings[index]!;
  const last = index === -1 ? ticket.reopenings.length : index;
  const start = last === 0 ? ticket.clockStart : ticket.reopenings[last - 1]!.at;
  if (ended)
    return {
      start,
      deadline: ended.resolutionDeadline,
      done: earliestBy(at, ended.resolvedAt, ended.closedAt),
    };
  return {
    start,
    deadline: ticket.deadlines.resolution,
    done: earliestBy(at, ticket.resolvedAt, ticket.closedAt),
  };
}

/**
 * How a step stands at `at`; an undone step whose clock was paused at `at` (the pause began
 * before its deadline) is pending: its deadline moves later once the customer answers.
 */
function pausedStepOutcome(
  deadline: Instant | null,
  done: Instant | null,
  at: Instant,
  pauses: readonly Span[],
): StepOutcome {
  const outcome = stepOutcome(deadline, done, at);
  if (outcome !== 'open-past-deadline' || deadline === null) return outcome;
  const waiting = pauses.some((p) => p.start < deadline && p.end >= at);
  return waiting ? 'pending' : outcome;
}

/** Business time of [from, to], net of the pauses; null unless both ends are known. */
function netTime(calendar: Calendar, from: Instant | null, to: Instant | null, pauses: readonly Span[]) {
  return from === null || to === null ? null : businessTimeBetween(calendar, from, to, pauses);
}

function complianceOf(steps: readonly (StepOutcome | TargetOutcome)[]): Compliance {
  const promised = steps.filter((s) => s !== 'not-promised' && s !== 'not-applicable');
  if (promised.some((s) => s === 'late' || s === 'open-past-deadline')) return 'missed';
  return promised.every((s) => s === 'met') ? 'met' : 'pending';
}

// The warning instants of a ticket stored before targets are never read here.
const ANY_WARNING_RATIO = 0.5;

/**
 * Each target of `catalogue` (then each the ticket carries beyond it) as it stood at `at`: a target
 * started by then is judged as a step against its due time, met by the event that met it if that
 * had happened by `at`; one not carried, or not started by `at`, is not applicable. The targets a
 * reopening restarted are judged in the round in force, from the reopening.
 */
function targetJudgements(
  ticket: Ticket,
  calendar: Calendar,
  at: Instant,
  pauses: readonly Span[],
  catalogue: readonly CatalogueTarget[],
): TargetJudgement[] {
  const carried = ticketTargets(ticket, calendar, ANY_WARNING_RATIO);
  const names = [...catalogue.map((c) => c.name), ...carried.map((s) => s.name)];
  return [...new Set(names)].map((name) => {
    const state = carried.find((s) => s.name === name);
    const promised = state?.promised ?? catalogue.find((c) => c.name === name)?.promised ?? false;
    if (state === undefined || state.start > at)
      return { name, promised, outcome: 'not-applicable', time: null };
    const done = state.metAt !== null && state.metAt <= at ? state.metAt : null;
    const step = pausedStepOutcome(state.due, done, at, pauses);
    const outcome: TargetOutcome = step === 'not-promised' ? 'not-applicable' : step;
    return { name, promised, outcome, time: netTime(calendar, state.start, done, pauses) };
  });
}

/**
 * Judges a ticket with an SLA at `at`; `calendar` is the ticket's, for business time. Times are
 * net of the clarification pauses as they stood at `at` (one still open counts until then).
 * Compliance takes every promised step together: the contract's two deadlines (the take-charge
 * and resolution targets, each round of a reopened ticket against its own deadline) and every
 * other promised target of the ticket; the `catalogue` names the targets judged one by one.
 */
export function ticketOutcome(
  ticket: Ticket,
  calendar: Calendar,
  at: Instant,
  catalogue: readonly CatalogueTarget[] = [],
): TicketOutcome {
  const pauses = pausedSpans(ticket, at);
  const tookCharge = takeChargeDone(ticket, at);
  const takeCharge = pausedStepOutcome(ticket.deadlines.takeCharge, tookCharge, at, pauses);
  const round = resolutionRound(ticket, at);
  const resolution = pausedStepOutcome(round.deadline, round.done, at, pauses);
  const targets = targetJudgements(ticket, calendar, at, pauses, catalogue);
  // The contract's two are judged as the deadlines above; the other promised targets join them.
  const others = targets.filter((t) => t.promised && !isContractTarget(t.name)).map((t) => t.outcome);
  return {
    ticket,
    takeCharge,
    resolution,
    targets,
    compliance: complianceOf([takeCharge, resolution, ...others]),
    takeChargeTime: netTime(calendar, ticket.clockStart, tookCharge, pauses),
    resolutionTime: netTime(calendar, round.start, round.done, pauses),
  };
}
