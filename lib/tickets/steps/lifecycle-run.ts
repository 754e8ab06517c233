import { composeLifecycleEmail, type LifecycleEvent } from '../../compose/lifecycle-email';
import type { OperatorWords } from '../../compose/operator-words';
import type { OutgoingEmail } from '../../compose/outgoing-email';
import type { Desk } from '../../desk/desk';
import type { TargetEvent } from '../../desk/targets';
import type { AnyReminderKind, Instant, TicketStatus } from '../../domain/vocabulary';
import { kindsOfTarget, lateChainOf } from '../../targets';
import type { Attempt, TicketPorts, WorkSettings } from '../deps';
import { TicketStateError } from '../errors';
import { historyWritten } from '../exactly-once/attempt-history';
import { forOneAttempt } from '../exactly-once/attempt-tickets';
import {
  deleteRetired,
  retiring,
  schedulesOfKinds,
  sendAndLog,
  unscheduleKinds,
} from '../exactly-once/effects';
import { leaseFor, underLease } from '../exactly-once/lease';
import { existingTicket, updateTicket } from '../exactly-once/update-ticket';
import { operatorAddress } from '../model/actor';
import { lastLifecycleChange } from '../model/applied-changes';
import type { OperatorAction } from '../model/operator-step';
import type { Ticket } from '../model/ticket';
import { replanReminders } from '../reminders/replan';
import { ticketCalendar } from './pauses';
import { rescheduleReopened } from './reopen';
import { logLatestStep, stepFacts } from './step-log';
import { ticketMeeting } from './targets';

/** Who asks for an operator step (one of the desk's operator addresses), and what they write to the customer. */
export interface StepRequest {
  readonly actor: string;
  /** Sent to the customer with the step's email (nothing is sent for a step that tells them nothing). */
  readonly words?: OperatorWords;
  /**
   * The change's id when the caller has one of its own (an operator email's unit of work): a
   * retry then finds the step applied by that id and only completes what followed it. Without
   * one, the id is the action and the ticket's version, and a repeat is recognised by status.
   */
  readonly changeId?: string;
}
/** One operator step on a ticket: where it may start, what it changes, what follows. */
export interface Transition {
  readonly action: OperatorAction;
  /** Verb for error messages: "cannot take charge". */
  readonly verb: string;
  readonly from: readonly TicketStatus[];
  /** Refuses a request that makes no sense for this ticket now (throws a TicketRequestError). */
  readonly check?: (ticket: Ticket, now: Instant, desk: Desk) => void;
  readonly apply: (ticket: Ticket, now: Instant, desk: Desk) => Ticket;
  /** What the customer is told, if anything. */
  readonly event: LifecycleEvent | null;
  /**
   * What the customer is told when that depends on the ticket once changed (a waiver tells them
   * only when it completed the request); wins over `event`, and answers no first-answer target.
   */
  readonly eventAfter?: (after: Ticket) => LifecycleEvent | null;
  /** Reminder kinds that guard nothing any more. */
  readonly unschedule: readonly AnyReminderKind[];
  /** Every target's reminders guard nothing any more (a resolution, a closure, a pause). */
  readonly unscheduleTargets?: boolean;
  /**
   * The target events the step is (beyond the first answer, which every step that emails the
   * customer is): take charge, start of work, resolution.
   */
  readonly meets?: readonly TargetEvent[];
  /** The step starts a new reminder round (a reopening): its reminders replace what is pending. */
  readonly reschedule?: boolean;
  /** The step moved the deadlines (a new priority): their pending reminders are replaced. */
  readonly replan?: boolean;
  /** What the step set, for the history (`P1`, an assignee); absent for most steps. */
  readonly detail?: (after: Ticket) => string;
  /** Logs what the step wrote that the customer does not see (a note), beside the ticket. */
  readonly record?: (ports: TicketPorts, ticket: Ticket, changeId: string, now: Instant) => Promise<void>;
  /**
   * The operators' notice the step sends once applied (an escalation's, to the team it went to),
   * composed from the ticket as saved; sent exactly once whatever the retries.
   */
  readonly notice?: (ports: TicketPorts, ticket: Ticket, changeId: string) => Promise<OutgoingEmail>;
  /** What else the step starts once applied (a pause's nudge); safe to repeat, as a retry does. */
  readonly follow?: (ports: TicketPorts, ticket: Ticket, changeId: string, now: Instant) => Promise<Ticket>;
}

/** What a lifecycle step did. */
export interface LifecycleResult {
  readonly ticket: Ticket;
  /** False when the step had been done before (a repeated command only finished its follow-ups). */
  readonly changed: boolean;
  /** The customer was emailed by this call. */
  readonly notified: boolean;
  /** Operators were sent the step's notice by this call (an escalation's); absent for the other steps. */
  readonly operatorsTold?: boolean;
}

/** The change id of the latest lifecycle step applied to the ticket, if it was `action` (kept however old). */
function lastStepOf(ticket: Ticket, action: Transition['action']): string | null {
  const last = lastLifecycleChange(ticket.applied);
  return last?.startsWith(`${action}#`) ? last : null;
}

/**
 * Sends one email of the step exactly once, as its own unit of work (`kind#number#changeId`), so a
 * retry of the step skips what went out. True when this call sent it.
 */
async function sendOnce(
  ports: TicketPorts,
  ticket: Ticket,
  kind: 'lifecycle' | 'operator-notice',
  changeId: string,
  compose: () => OutgoingEmail | Promise<OutgoingEmail>,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<boolean> {
  const key = `${kind}#${ticket.number}#${changeId}`;
  const sentNow = await underLease(ports.work, key, leaseFor(attempt, settings), async (done) => {
    const email = await compose();
    const step = { key, step: 'mail', done, logId: key };
    const outcome = await sendAndLog(ports, step, ticket.number, { email, kind, at: attempt.now });
    return outcome.sentNow;
  });
  return sentNow ?? false;
}

/** The ticket after the step: the targets it meets (every step that emails the customer answers them). */
function meetingTargets(desk: Desk, t: Transition, after: Ticket, now: Instant): Ticket {
  const events: TargetEvent[] = [...(t.meets ?? []), ...(t.event === null ? [] : ['first-answer' as const])];
  return ticketMeeting(desk, ticketCalendar(after, desk), after, events, now);
}

/**
 * The reminder kinds the step stops: its own, every target's when it says so, and those of every
 * met target (all of them, not only the ones it met: a retry deletes what a crash left).
 */
function unscheduledKinds(desk: Desk, t: Transition, ticket: Ticket): AnyReminderKind[] {
  const targets = (ticket.targets ?? []).filter((s) => t.unscheduleTargets || s.metAt !== null);
  // The longer of the target's chain and the desk's: a desk file changed since the schedules were
  // made may have moved a target onto, or off, a chain of its own.
  const steps = (name: string) =>
    Math.max(lateChainOf(desk, ticket.terms, name).length, desk.lateChain.length);
  return [...t.unschedule, ...targets.flatMap((s) => kindsOfTarget(s.name, steps(s.name)))];
}

/** The change id of this step if it was applied before (a retry), else null. */
function resumedChange(ticket: Ticket, t: Transition, given: string | undefined): string | null {
  if (given !== undefined) return ticket.applied.includes(given) ? given : null;
  return t.from.includes(ticket.status) ? null : lastStepOf(ticket, t.action);
}

/** The reminders that follow the step: a reopening's new round, a new priority's moved deadlines. */
async function followingSchedules(
  ports: TicketPorts,
  ticket: Ticket,
  t: Transition,
  changeId: string,
  now: Instant,
): Promise<Ticket> {
  if (t.reschedule) return (await rescheduleReopened(ports, ticket, changeId, now)).ticket;
  if (t.replan) return replanReminders(ports, ticket, changeId, now);
  return ticket;
}

/**
 * Runs a transition for an operator of the desk: applies it once, with who did it and when saved
 * in the same write, then logs that step beside the ticket (a repeated command finds it applied
 * and only completes what followed it: the step logged, schedules deleted or created, the
 * customer's email sent once), else refuses it by status or by its own check.
 */
export async function runTransition(
  ports: TicketPorts,
  number: string,
  t: Transition,
  request: StepRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  const own = forOneAttempt(ports);
  // The step's history goes in even when what followed it failed.
  return historyWritten(own, () => applyTransition(own, number, t, request, attempt, settings));
}

async function applyTransition(
  ports: TicketPorts,
  number: string,
  t: Transition,
  request: StepRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  const actor = operatorAddress(ports.desk, request.actor);
  const current = await existingTicket(ports.tickets, number);
  const resumed = resumedChange(current, t, request.changeId);
  if (!t.from.includes(current.status) && resumed === null)
    throw new TicketStateError(number, current.status, t.verb);
  if (resumed === null) t.check?.(current, attempt.now, ports.desk);
  const changeId = resumed ?? request.changeId ?? `${t.action}#${current.version}`;
  // An earlier step whose command stopped before logging it: logged now, before this one replaces it.
  if (current.lastStep && current.lastStep.id !== changeId) await logLatestStep(ports.messages, current);
  // The schedules the step stops are retired in its own save (one write, not two) and deleted
  // after it; those the latest step retired are deleted first, in case a crash stopped it.
  const deleted = resumed === null ? await deleteRetired(ports, current) : [];
  const updated = await updateTicket(ports.tickets, number, changeId, (ticket) => {
    if (!t.from.includes(ticket.status)) throw new TicketStateError(number, ticket.status, t.verb);
    const after = meetingTargets(ports.desk, t, t.apply(ticket, attempt.now, ports.desk), attempt.now);
    const step = { id: changeId, action: t.action, actor, at: attempt.now };
    const stepped = { ...after, lastStep: stepFacts(step, ticket, after, t.detail?.(after)) };
    return retiring(stepped, schedulesOfKinds(stepped, unscheduledKinds(ports.desk, t, stepped)), deleted);
  });
  await deleteRetired(ports, updated);
  await logLatestStep(ports.messages, updated, changeId);
  await t.record?.(ports, updated, changeId, attempt.now);
  // Nothing left to stop unless the ticket was saved by a step that forgot its schedules apart.
  const unscheduled = await unscheduleKinds(
    ports,
    updated,
    unscheduledKinds(ports.desk, t, updated),
    changeId,
  );
  const rescheduled = await followingSchedules(ports, unscheduled, t, changeId, attempt.now);
  const after = t.follow ? await t.follow(ports, rescheduled, changeId, attempt.now) : rescheduled;
  const event = t.eventAfter ? t.eventAfter(after) : t.event;
  const notified = event
    ? await sendOnce(
        ports,
        after,
        'lifecycle',
        changeId,
        () => composeLifecycleEmail(ports.desk, after, event, changeId, request.words),
        attempt,
        settings,
      )
    : false;
  const notice = t.notice;
  if (!notice) return { ticket: after, changed: resumed === null, notified };
  const compose = () => notice(ports, after, changeId);
  const operatorsTold = await sendOnce(ports, after, 'operator-notice', changeId, compose, attempt, settings);
  return { ticket: after, changed: resumed === null, notified, operatorsTold };
}

/** An operator step's use case: runs it on the numbered ticket for the request's operator. */
export type StepUseCase<R extends StepRequest = StepRequest> = (
  ports: TicketPorts,
  number: string,
  request: R,
  attempt: Attempt,
  settings: WorkSettings,
) => Promise<LifecycleResult>;

/**
 * The use case of a transition built from its request (the priority it sets, the team it goes
 * to): every step with an argument is this one wrapper around runTransition.
 */
export function requestStep<R extends StepRequest>(build: (request: R) => Transition): StepUseCase<R> {
  return (ports, number, request, attempt, settings) =>
    runTransition(ports, number, build(request), request, attempt, settings);
}

/** The use case of a fixed transition: runs it on the numbered ticket, as every plain step does. */
export function transitionStep(t: Transition): StepUseCase {
  return requestStep(() => t);
}
