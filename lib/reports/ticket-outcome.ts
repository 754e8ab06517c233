import { businessTimeBetween, type Calendar } from '../calendar';
import type { Instant } from '../domain/vocabulary';
import type { Ticket } from '../tickets/ticket';

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
  /** Business time from the clock start to the take-charge, once done; else null. */
  readonly takeChargeTime: number | null;
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

/** The resolution round in force at `at` (a reopening after `at` had not happened yet) and how it stands. */
function resolutionAt(ticket: Ticket, at: Instant): StepOutcome {
  const ended = ticket.reopenings.find((r) => r.at > at);
  if (ended)
    return stepOutcome(ended.resolutionDeadline, earliestBy(at, ended.resolvedAt, ended.closedAt), at);
  return stepOutcome(ticket.deadlines.resolution, earliestBy(at, ticket.resolvedAt, ticket.closedAt), at);
}

function complianceOf(steps: readonly StepOutcome[]): Compliance {
  const promised = steps.filter((s) => s !== 'not-promised');
  if (promised.some((s) => s === 'late' || s === 'open-past-deadline')) return 'missed';
  return promised.every((s) => s === 'met') ? 'met' : 'pending';
}

/** Judges a ticket with an SLA at `at`; `calendar` is the ticket's, for business time. */
export function ticketOutcome(ticket: Ticket, calendar: Calendar, at: Instant): TicketOutcome {
  const tookCharge = takeChargeDone(ticket, at);
  const takeCharge = stepOutcome(ticket.deadlines.takeCharge, tookCharge, at);
  const resolution = resolutionAt(ticket, at);
  const start = ticket.clockStart;
  return {
    ticket,
    takeCharge,
    resolution,
    compliance: complianceOf([takeCharge, resolution]),
    takeChargeTime:
      tookCharge === null || start === null ? null : businessTimeBetween(calendar, start, tookCharge),
  };
}
