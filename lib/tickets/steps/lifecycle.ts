import { wordsLines } from '../../compose/operator-words';
import { type Instant, REMINDER_KINDS } from '../../domain/vocabulary';
import type { Attempt, TicketPorts, WorkSettings } from '../deps';
import { TicketRequestError } from '../errors';
import { checkExpectation } from '../model/expectation';
import { ALLOWED_FROM } from '../model/step-statuses';
import { checkTakeable } from '../model/waiver';
import { SLA_KINDS, TAKE_CHARGE_KINDS } from '../reminders/schedule-plan';
import {
  type LifecycleResult,
  requestStep,
  runTransition,
  type StepRequest,
  type Transition,
  transitionStep,
} from './lifecycle-run';
import { scheduleNudge } from './nudge';
import { endedPause, pausedTicket } from './pauses';
import { reopenedWithTargets } from './reopen';
import { promisedResolution } from './targets';

export type { LifecycleResult, StepRequest } from './lifecycle-run';

/** Taking charge: who does it and what resolution time the customer is told (null: the SLA deadline). */
export interface TakeChargeRequest extends StepRequest {
  readonly expectedResolutionAt: Instant | null;
}

function takeChargeStep({ expectedResolutionAt }: TakeChargeRequest): Transition {
  return {
    action: 'take-charge',
    verb: 'take charge',
    from: ALLOWED_FROM['take-charge'],
    check: (ticket, now, desk) => {
      checkTakeable(ticket);
      if (expectedResolutionAt !== null) checkExpectation(desk, ticket, expectedResolutionAt, now);
    },
    apply: (ticket, now) => ({
      ...ticket,
      status: 'in-progress',
      takenInChargeAt: now,
      expectedResolutionAt: expectedResolutionAt ?? promisedResolution(ticket),
    }),
    event: 'taken-in-charge',
    unschedule: TAKE_CHARGE_KINDS,
    meets: ['take-charge'],
  };
}

// Resolving or closing a ticket that waits for the customer ends its pause there: nothing waits any more.
const RESOLVE: Transition = {
  action: 'resolve',
  verb: 'resolve',
  from: ALLOWED_FROM.resolve,
  apply: (ticket, now) => ({ ...endedPause(ticket, now), status: 'resolved', resolvedAt: now }),
  event: 'resolved',
  unschedule: REMINDER_KINDS, // nothing is left to guard
  unscheduleTargets: true,
  meets: ['resolution'],
};

const CLOSE: Transition = {
  action: 'close',
  verb: 'close',
  from: ALLOWED_FROM.close,
  apply: (ticket, now) => ({ ...endedPause(ticket, now), status: 'closed', closedAt: now }),
  event: 'closed',
  unschedule: REMINDER_KINDS, // nothing is left to guard
  unscheduleTargets: true,
};

const REOPEN: Transition = {
  action: 'reopen',
  verb: 'reopen',
  from: ALLOWED_FROM.reopen,
  apply: (ticket, now, desk) => reopenedWithTargets(desk, ticket, now),
  event: 'reopened',
  unschedule: [],
  reschedule: true,
};

const ASK: Transition = {
  action: 'ask',
  verb: 'ask the customer',
  from: ALLOWED_FROM.ask,
  apply: (ticket, now) => pausedTicket(ticket, now),
  event: 'clarification-requested',
  unschedule: SLA_KINDS, // nothing is due while the clocks are paused
  unscheduleTargets: true,
  follow: scheduleNudge,
};

// Policy C's intervention time is met when work starts: the operator says so (a resolution counts too).
const START: Transition = {
  action: 'start',
  verb: 'start work on',
  from: ALLOWED_FROM.start,
  check: (ticket) => {
    if (ticket.startedAt !== undefined) {
      throw new TicketRequestError(`work on ticket ${ticket.number} has already started`);
    }
  },
  apply: (ticket, now) => ({ ...ticket, startedAt: now }),
  event: null,
  unschedule: [],
  meets: ['start'],
};

/**
 * Takes the ticket in charge; the customer is told, with the expected resolution time (default:
 * the SLA deadline), which must be later than now and than the ticket's receipt.
 */
export const takeCharge = requestStep(takeChargeStep);

/** Marks the start of work on a ticket in progress (`#start`): what meets an intervention target. */
export const startWork = transitionStep(START);

/** Marks the ticket resolved; the customer is told and may reply to reopen it. */
export const resolveTicket = transitionStep(RESOLVE);

/** Closes the ticket for good; the customer is told. A later reply opens a follow-up ticket. */
export const closeTicket = transitionStep(CLOSE);

/**
 * Reopens a resolved or closed ticket: back in progress if it was taken in charge, else open, with
 * a fresh resolution clock from now and its reminders scheduled anew (a new round). The customer
 * is told, with the new resolution deadline.
 */
export const reopenTicket = transitionStep(REOPEN);

/**
 * Asks the customer for a clarification, in the operator's words (refused without text): the
 * ticket waits in awaiting-customer, both SLA clocks paused from now, its SLA reminders deleted and
 * the customer's nudge scheduled after the desk's wait. The customer's next message ends the pause
 * and moves the deadlines by it (lib/tickets/steps/resume.ts).
 */
export async function askCustomer(
  ports: TicketPorts,
  number: string,
  request: StepRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  if (wordsLines(request.words).length === 0) {
    throw new TicketRequestError(
      `cannot ask the customer of ticket ${number}: the request has no text to send`,
    );
  }
  return runTransition(ports, number, ASK, request, attempt, settings);
}
