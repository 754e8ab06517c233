import { type Instant, REMINDER_KINDS } from '../domain/vocabulary';
import { planSla } from '../intake/sla-plan';
import type { Attempt, TicketPorts, WorkSettings } from './deps';
import { checkExpectation } from './expectation';
import { type LifecycleResult, runTransition, type StepRequest, type Transition } from './lifecycle-run';
import { reopenedTicket, reopenResolution } from './reopen';
import { TAKE_CHARGE_KINDS } from './schedule-plan';
import { ALLOWED_FROM } from './step-statuses';

export type { LifecycleResult, StepRequest } from './lifecycle-run';

/** Taking charge: who does it and what resolution time the customer is told (null: the SLA deadline). */
export interface TakeChargeRequest extends StepRequest {
  readonly expectedResolutionAt: Instant | null;
}

function takeChargeStep(expectedResolutionAt: Instant | null): Transition {
  return {
    action: 'take-charge',
    verb: 'take charge',
    from: ALLOWED_FROM['take-charge'],
    check: (ticket, now, desk) => {
      if (expectedResolutionAt !== null) checkExpectation(desk, ticket, expectedResolutionAt, now);
    },
    apply: (ticket, now) => ({
      ...ticket,
      status: 'in-progress',
      takenInChargeAt: now,
      expectedResolutionAt: expectedResolutionAt ?? ticket.deadlines.resolution,
    }),
    event: 'taken-in-charge',
    unschedule: TAKE_CHARGE_KINDS,
  };
}

const RESOLVE: Transition = {
  action: 'resolve',
  verb: 'resolve',
  from: ALLOWED_FROM.resolve,
  apply: (ticket, now) => ({ ...ticket, status: 'resolved', resolvedAt: now }),
  event: 'resolved',
  unschedule: REMINDER_KINDS, // nothing is left to guard
};

const CLOSE: Transition = {
  action: 'close',
  verb: 'close',
  from: ALLOWED_FROM.close,
  apply: (ticket, now) => ({ ...ticket, status: 'closed', closedAt: now }),
  event: 'closed',
  unschedule: REMINDER_KINDS, // nothing is left to guard
};

const REOPEN: Transition = {
  action: 'reopen',
  verb: 'reopen',
  from: ALLOWED_FROM.reopen,
  apply: (ticket, now, desk) =>
    reopenedTicket(
      ticket,
      now,
      reopenResolution(ticket, now, (start) => planSla(desk, ticket, start)),
    ),
  event: 'reopened',
  unschedule: [],
  reschedule: true,
};

/**
 * Takes the ticket in charge; the customer is told, with the expected resolution time (default:
 * the SLA deadline), which must be later than now and than the ticket's receipt.
 */
export function takeCharge(
  ports: TicketPorts,
  number: string,
  request: TakeChargeRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  return runTransition(
    ports,
    number,
    takeChargeStep(request.expectedResolutionAt),
    request,
    attempt,
    settings,
  );
}

/** Marks the ticket resolved; the customer is told and may reply to reopen it. */
export function resolveTicket(
  ports: TicketPorts,
  number: string,
  request: StepRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  return runTransition(ports, number, RESOLVE, request, attempt, settings);
}

/** Closes the ticket for good; the customer is told. A later reply opens a follow-up ticket. */
export function closeTicket(
  ports: TicketPorts,
  number: string,
  request: StepRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  return runTransition(ports, number, CLOSE, request, attempt, settings);
}

/**
 * Reopens a resolved or closed ticket: back in progress if it was taken in charge, else open, with
 * a fresh resolution clock from now and its reminders scheduled anew (a new round). The customer
 * is told, with the new resolution deadline.
 */
export function reopenTicket(
  ports: TicketPorts,
  number: string,
  request: StepRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  return runTransition(ports, number, REOPEN, request, attempt, settings);
}
