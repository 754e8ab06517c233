import { businessTimeBetween, type Calendar } from '../calendar';
import type { Instant, Span } from '../domain/vocabulary';
import type { Ticket } from '../tickets/model/ticket';
import { pausedSpans } from '../tickets/steps/pauses';

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
}

/** Why the ticket has no SLA to judge at `at` (no deadlines, or its clock had not started), else null. */
export function exclusionOf(ticket: Ticket, at: Instant): Exclusion | null {
  const { takeCharge, resolution } = ticket.deadlines;
  if (ticket.bestEffort || (takeCharge === null && resolution === null && ticket.clockStart !== null))
    return 'best-effort';
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

function complianceOf(steps: readonly StepOutcome[]): Compliance {
  const promised = steps.filter((s) => s !== 'not-promised');
  if (promised.some((s) => s === 'late' || s === 'open-past-deadline')) return 'missed';
  return promised.every((s) => s === 'met') ? 'met' : 'pending';
}

/**
 * Judges a ticket with an SLA at `at`; `calendar` is the ticket's, for business time. Times are
 * net of the clarification pauses as they stood at `at` (one still open counts until then).
 */
export function ticketOutcome(ticket: Ticket, calendar: Calendar, at: Instant): TicketOutcome {
  const pauses = pausedSpans(ticket, at);
  const tookCharge = takeChargeDone(ticket, at);
  const takeCharge = pausedStepOutcome(ticket.deadlines.takeCharge, tookCharge, at, pauses);
  const round = resolutionRound(ticket, at);
  const resolution = pausedStepOutcome(round.deadline, round.done, at, pauses);
  return {
    ticket,
    takeCharge,
    resolution,
    compliance: complianceOf([takeCharge, resolution]),
    takeChargeTime: netTime(calendar, ticket.clockStart, tookCharge, pauses),
    resolutionTime: netTime(calendar, round.start, round.done, pauses),
  };
}
