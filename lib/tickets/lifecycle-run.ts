import { composeLifecycleEmail, type LifecycleEvent } from '../compose/lifecycle-email';
import type { OperatorWords } from '../compose/operator-words';
import type { Desk } from '../desk/desk';
import type { Instant, ReminderKind, TicketStatus } from '../domain/vocabulary';
import { operatorAddress } from './actor';
import type { Attempt, TicketPorts, WorkSettings } from './deps';
import { sendAndLog, unscheduleKinds } from './effects';
import { TicketStateError } from './errors';
import { leaseFor, underLease } from './lease';
import type { OperatorAction } from './operator-step';
import { rescheduleReopened } from './reopen';
import { logLatestStep, stepFacts } from './step-log';
import type { Ticket } from './ticket';
import { existingTicket, updateTicket } from './update-ticket';

/** Who asks for an operator step (one of the desk's operator addresses), and what they write to the customer. */
export interface StepRequest {
  readonly actor: string;
  /** Sent to the customer with the step's email (nothing is sent for a step that tells them nothing). */
  readonly words?: OperatorWords;
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
  /** Reminder kinds that guard nothing any more. */
  readonly unschedule: readonly ReminderKind[];
  /** The step starts a new reminder round (a reopening): its reminders replace what is pending. */
  readonly reschedule?: boolean;
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
}

const ACTION_PATTERN = /^(take-charge|resolve|close|reopen|ask)#\d+$/;

/** The change id of the latest lifecycle step applied to the ticket, if it was `action`. */
function lastStepOf(ticket: Ticket, action: Transition['action']): string | null {
  const last = [...ticket.applied].reverse().find((id) => ACTION_PATTERN.test(id));
  return last?.startsWith(`${action}#`) ? last : null;
}

async function notify(
  ports: TicketPorts,
  ticket: Ticket,
  event: LifecycleEvent,
  changeId: string,
  attempt: Attempt,
  settings: WorkSettings,
  words: OperatorWords | undefined,
): Promise<boolean> {
  const key = `lifecycle#${ticket.number}#${changeId}`;
  const sentNow = await underLease(ports.work, key, leaseFor(attempt, settings), async (done) => {
    const email = composeLifecycleEmail(ports.desk, ticket, event, changeId, words);
    const step = { key, step: 'mail', done, logId: key };
    const outcome = await sendAndLog(ports, step, ticket.number, {
      email,
      kind: 'lifecycle',
      at: attempt.now,
    });
    return outcome.sentNow;
  });
  return sentNow ?? false;
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
  const actor = operatorAddress(ports.desk, request.actor);
  const current = await existingTicket(ports.tickets, number);
  const resumed = t.from.includes(current.status) ? null : lastStepOf(current, t.action);
  if (!t.from.includes(current.status) && resumed === null)
    throw new TicketStateError(number, current.status, t.verb);
  if (resumed === null) t.check?.(current, attempt.now, ports.desk);
  const changeId = resumed ?? `${t.action}#${current.version}`;
  // An earlier step whose command stopped before logging it: logged now, before this one replaces it.
  if (current.lastStep && current.lastStep.id !== changeId) await logLatestStep(ports.messages, current);
  const updated = await updateTicket(ports.tickets, number, changeId, (ticket) => {
    if (!t.from.includes(ticket.status)) throw new TicketStateError(number, ticket.status, t.verb);
    const after = t.apply(ticket, attempt.now, ports.desk);
    const step = { id: changeId, action: t.action, actor, at: attempt.now };
    return { ...after, lastStep: stepFacts(step, ticket, after) };
  });
  await logLatestStep(ports.messages, updated, changeId);
  const unscheduled = await unscheduleKinds(ports, updated, t.unschedule, changeId);
  const rescheduled = t.reschedule
    ? (await rescheduleReopened(ports, unscheduled, changeId, attempt.now)).ticket
    : unscheduled;
  const after = t.follow ? await t.follow(ports, rescheduled, changeId, attempt.now) : rescheduled;
  const notified = t.event
    ? await notify(ports, after, t.event, changeId, attempt, settings, request.words)
    : false;
  return { ticket: after, changed: resumed === null, notified };
}
