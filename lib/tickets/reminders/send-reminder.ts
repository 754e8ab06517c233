import { headerMessageId } from '../../compose/header-safe';
import { deskMessageId } from '../../compose/message-id';
import type { OutgoingEmail } from '../../compose/outgoing-email';
import {
  composeAwaitingCustomerReminder,
  composeAwaitingInfoReminder,
  composeOperatorReminder,
} from '../../compose/reminder-email';
import { composeTargetReminder } from '../../compose/target-reminder';
import type { AnyReminderKind, ReminderKind } from '../../domain/vocabulary';
import type { ReminderPayload } from '../../ports/reminder-scheduler';
import { targetNamed, targetOfKind } from '../../targets';
import type { Attempt, ReminderPorts, WorkSettings } from '../deps';
import { historyWritten } from '../exactly-once/attempt-history';
import { forOneAttempt } from '../exactly-once/attempt-tickets';
import { sendAndLog } from '../exactly-once/effects';
import { leaseFor } from '../exactly-once/lease';
import { updateTicket } from '../exactly-once/update-ticket';
import type { Ticket } from '../model/ticket';
import { openPause } from '../steps/pauses';
import { reminderRound } from '../steps/reopen';
import { scheduleKind } from './schedule-plan';

/** What a fired reminder did. */
export interface ReminderResult {
  readonly outcome: 'sent' | 'already-sent' | 'not-needed' | 'no-ticket';
  readonly ticket: string;
  readonly kind: AnyReminderKind;
  /** Who got the email (operators, or the customer for a nudge); empty unless sent now. */
  readonly to: readonly string[];
}

/**
 * True while the step the reminder guards is still undone: a target's reminders guard while the
 * ticket's clocks run and the target is not met (a ticket stored before targets: its two deadlines'
 * steps, as always).
 */
export function stillGuarding(ticket: Ticket, kind: AnyReminderKind): boolean {
  if (kind === 'awaiting-info') return ticket.status === 'awaiting-info';
  if (kind === 'awaiting-customer') return ticket.status === 'awaiting-customer';
  const running = ticket.status === 'open' || ticket.status === 'in-progress';
  const guarded = targetOfKind(kind);
  const state = guarded === null ? null : targetNamed(ticket.targets ?? [], guarded.target);
  const pending = state !== null && state.metAt === null;
  if (!isContractOperatorKind(kind)) return running && pending;
  // The contract's kinds keep guarding their steps as they always did, and stop once their target is met.
  const undone =
    kind === 'take-charge-warning' || kind === 'take-charge-due'
      ? ticket.status === 'open' && ticket.takenInChargeAt === null
      : running;
  return undone && (ticket.targets === undefined || pending);
}

/**
 * The clarification pause a reminder of this kind belongs to: the ticket's latest for the
 * awaiting-customer nudge (each pause has its own), 0 for every other kind.
 */
function pauseOf(ticket: Ticket, kind: AnyReminderKind): number {
  return kind === 'awaiting-customer' ? ticket.pauses.length : 0;
}

/**
 * True when this reminder already went out in the ticket's current round (a reopening starts a
 * new one) and, for the awaiting-customer nudge, for its current pause.
 */
export function reminderSent(ticket: Ticket, kind: AnyReminderKind): boolean {
  const round = reminderRound(ticket);
  const pause = pauseOf(ticket, kind);
  return ticket.remindersSent.some(
    (r) => r.kind === kind && (r.round ?? 0) === round && (r.pause ?? 0) === pause,
  );
}

/** Work key of one reminder of one round (and pause); the first round keeps the key it always had. */
function reminderKey(ticket: Ticket, kind: AnyReminderKind): string {
  const round = reminderRound(ticket);
  const pause = pauseOf(ticket, kind);
  const series = `${round === 0 ? '' : `#r${round}`}${pause === 0 ? '' : `#p${pause}`}`;
  return `reminder#${ticket.number}${series}#${kind}`;
}

function isContractOperatorKind(
  kind: AnyReminderKind,
): kind is Exclude<ReminderKind, 'awaiting-info' | 'awaiting-customer'> {
  return ['take-charge-warning', 'take-charge-due', 'resolution-warning', 'resolution-due'].includes(kind);
}

/** The operators' reminder of a target: the contract's wording for its four kinds on a ticket stored before targets. */
function operatorReminder(ports: ReminderPorts, ticket: Ticket, kind: AnyReminderKind): OutgoingEmail {
  const guarded = targetOfKind(kind);
  if (isContractOperatorKind(kind)) return composeOperatorReminder(ports.desk, ticket, kind);
  const state = guarded && ticket.targets ? targetNamed(ticket.targets, guarded.target) : null;
  if (guarded && state) return composeTargetReminder(ports.desk, ticket, state, guarded, kind);
  throw new Error(`ticket ${ticket.number} has no target for reminder ${kind}`);
}

function reminderEmail(ports: ReminderPorts, ticket: Ticket, kind: AnyReminderKind): OutgoingEmail {
  // Its Message-ID is the pause's own, whatever the round: pauses are numbered across rounds.
  if (kind === 'awaiting-customer') {
    const askedAt = openPause(ticket)?.start ?? ticket.createdAt;
    return composeAwaitingCustomerReminder(ports.desk, ticket, askedAt, pauseOf(ticket, kind));
  }
  const email =
    kind === 'awaiting-info'
      ? composeAwaitingInfoReminder(ports.desk, ticket)
      : operatorReminder(ports, ticket, kind);
  const round = reminderRound(ticket);
  if (round === 0) return email;
  // A later round's reminder is another email: mail clients drop a second message with the same id.
  const messageId = deskMessageId(ticket.number, kind, `${kind}#r${round}`, ports.desk.fromAddress);
  return { ...email, headers: { ...email.headers, 'Message-ID': headerMessageId(messageId) ?? '' } };
}

async function deliver(
  ports: ReminderPorts,
  ticket: Ticket,
  kind: AnyReminderKind,
  key: string,
  attempt: Attempt,
  done: Readonly<Record<string, string>>,
) {
  const email = reminderEmail(ports, ticket, kind);
  const step = { key, step: 'mail', done, logId: key };
  const outcome = await sendAndLog(ports, step, ticket.number, { email, kind: 'reminder', at: attempt.now });
  const round = reminderRound(ticket);
  const pause = pauseOf(ticket, kind);
  const sent = { kind, at: attempt.now, ...(round > 0 ? { round } : {}), ...(pause > 0 ? { pause } : {}) };
  // The one pending schedule of this kind fired: earlier rounds' and pauses' were deleted when replaced.
  await updateTicket(ports.tickets, ticket.number, key, (t) => ({
    ...t,
    remindersSent: [...t.remindersSent, sent],
    schedules: t.schedules.filter((name) => scheduleKind(t.number, name) !== kind),
  }));
  return outcome.sentNow ? email.to : [];
}

/**
 * Fires one reminder: nothing when the ticket is gone, the guarded step is done or the reminder
 * went out already in the ticket's current round (or pause); else emails the operators (or the
 * customer, for a nudge) once and records it on the ticket. Safe to call again: Scheduler delivers at
 * least once.
 */
export async function sendReminder(
  payload: ReminderPayload,
  portsIn: ReminderPorts,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<ReminderResult> {
  const ports = forOneAttempt(portsIn);
  const result = (outcome: ReminderResult['outcome'], to: readonly string[] = []): ReminderResult => ({
    outcome,
    ticket: payload.ticket,
    kind: payload.kind,
    to,
  });
  const ticket = await ports.tickets.get(payload.ticket);
  if (!ticket) return result('no-ticket');
  if (reminderSent(ticket, payload.kind)) return result('already-sent');
  if (!stillGuarding(ticket, payload.kind)) return result('not-needed');
  const key = reminderKey(ticket, payload.kind);
  const lease = leaseFor(attempt, settings);
  const done = await ports.work.begin(key, lease);
  // Null: an earlier attempt finished this reminder (reminders were once marked finished).
  if (done === null) return result('already-sent');
  try {
    const to = await historyWritten(ports, () => deliver(ports, ticket, payload.kind, key, attempt, done));
    // Not marked finished: the ticket's mark, saved by deliver, is what a later firing checks
    // first (reminderSent above), before it takes any lease. One write fewer.
    return to.length > 0 ? result('sent', to) : result('already-sent');
  } catch (error) {
    await ports.work.release(key, lease).catch(() => undefined);
    throw error;
  }
}
