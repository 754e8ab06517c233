import { rememberNotice } from '../../compose/notice-thread';
import type { OutgoingEmail } from '../../compose/outgoing-email';
import type { AnyReminderKind, Instant } from '../../domain/vocabulary';
import type { PlannedReminder } from '../../intake/decision';
import type { StepResults } from '../../ports/work-log';
import type { TicketPorts } from '../deps';
import type { MessageKind } from '../model/message';
import type { Ticket } from '../model/ticket';
import { scheduleKind, schedulesFor } from '../reminders/schedule-plan';
import { SCHEDULES } from './recorded-steps';
import { type SendOutcome, sendStep, toOutgoingMail } from './send-step';
import { isDone, recordStep } from './step-log';
import { updateTicket } from './update-ticket';

/** An email the desk sent on a ticket. */
export interface SentEmail {
  readonly email: OutgoingEmail;
  readonly threadIds: readonly string[];
  readonly kind: MessageKind;
  readonly at: Instant;
}

/**
 * Logs a sent email in the ticket's history, whose thread index finds the ticket by the ids a reply
 * may point at; safe to repeat. The ticket itself is not written: it must not grow with its emails.
 */
async function recordSent(
  ports: Pick<TicketPorts, 'messages' | 'tickets'>,
  ticket: string,
  changeId: string,
  sent: SentEmail,
): Promise<void> {
  await ports.messages.append({
    ticket,
    id: changeId,
    at: sent.at,
    direction: 'out',
    kind: sent.kind,
    from: sent.email.from,
    to: [...sent.email.to],
    subject: sent.email.subject,
    messageIds: [...sent.threadIds],
    rawId: null,
    size: null,
    truncated: false,
  });
  const ownId = (sent.email.headers['Message-ID'] ?? '').replace(/^<|>$/g, '');
  if (sent.kind === 'operator-notice' && ownId !== '') {
    // The operators' thread: later notices reference the latest ones (bounded).
    await updateTicket(ports.tickets, ticket, `sent#${changeId}`, (t) => ({
      ...t,
      noticeIds: rememberNotice(t.noticeIds, ownId),
    }));
  }
}

/** Where an email goes out: the step of a unit of work that sends it, and its id in the ticket's history. */
export interface MailStep {
  readonly key: string;
  readonly step: string;
  /** Steps earlier attempts finished. */
  readonly done: StepResults;
  readonly logId: string;
}

/**
 * Sends an email as a recorded step of its unit of work (skipped when an earlier attempt sent it),
 * then logs it in the ticket's history: how every email of the desk goes out.
 */
export async function sendAndLog(
  ports: Pick<TicketPorts, 'messages' | 'tickets' | 'work' | 'mail'>,
  where: MailStep,
  ticket: string,
  mail: Omit<SentEmail, 'threadIds'>,
): Promise<SendOutcome> {
  const build = () => toOutgoingMail(mail.email, mail.at);
  const outcome = await sendStep(ports, where.key, where.step, where.done, build);
  await recordSent(ports, ticket, where.logId, { ...mail, threadIds: outcome.threadIds });
  return outcome;
}

/** Where a scheduling step runs: the unit of work recording it and its clock. */
export interface StepScope {
  readonly key: string;
  readonly done: StepResults;
  readonly now: Instant;
}

/**
 * Creates one schedule per reminder of the ticket's reminder `round` and clarification `pause`
 * (names are deterministic, so a repeat is a no-op), then remembers the names on the ticket and
 * records the step. Returns how many were created now.
 */
export async function scheduleStep(
  ports: TicketPorts,
  scope: StepScope,
  ticket: string,
  reminders: readonly PlannedReminder[],
  timeZone: string,
  round = 0,
  pause = 0,
): Promise<number> {
  if (isDone(scope.done, SCHEDULES)) return 0;
  const schedules = schedulesFor(ticket, reminders, timeZone, scope.now, round, pause);
  for (const schedule of schedules) await ports.scheduler.create(schedule);
  const names = schedules.map((s) => s.name);
  await updateTicket(ports.tickets, ticket, `${scope.key}#${SCHEDULES.name}`, (t) => ({
    ...t,
    schedules: [...new Set([...t.schedules, ...names])],
  }));
  await recordStep(ports.work, scope.key, SCHEDULES, names.join(' '));
  return schedules.length;
}

/**
 * Deletes the ticket's pending schedules of these kinds, of any round (a missing one is fine), and
 * forgets them. One that slipped through anyway is harmless: send-reminder checks the guarded
 * step first.
 */
export async function unscheduleKinds(
  ports: TicketPorts,
  ticket: Ticket,
  kinds: readonly AnyReminderKind[],
  changeId: string,
): Promise<Ticket> {
  const names = ticket.schedules.filter((name) => {
    const kind = scheduleKind(ticket.number, name);
    return kind !== null && kinds.includes(kind);
  });
  if (names.length === 0) return ticket;
  for (const name of names) await ports.scheduler.delete(name);
  return updateTicket(ports.tickets, ticket.number, `unschedule#${changeId}`, (t) => ({
    ...t,
    schedules: t.schedules.filter((name) => !names.includes(name)),
  }));
}
