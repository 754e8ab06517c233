import { rememberNotice } from '../../compose/notice-thread';
import { type OutgoingEmail, ownMessageIdOf } from '../../compose/outgoing-email';
import type { AnyReminderKind, Instant } from '../../domain/vocabulary';
import type { PlannedReminder } from '../../intake/decision';
import type { ReminderSchedule } from '../../ports/reminder-scheduler';
import type { StepResults } from '../../ports/work-log';
import type { TicketPorts } from '../deps';
import type { MessageKind, TicketMessage } from '../model/message';
import type { Ticket } from '../model/ticket';
import { scheduleKind, schedulesFor } from '../reminders/schedule-plan';
import { SCHEDULES, sentMail } from './recorded-steps';
import { appendSurely, type SendOutcome, toOutgoingMail } from './send-step';
import { isDone, isResumed, recorded } from './step-log';
import { existingTicket, updateTicket } from './update-ticket';

/** An email the desk sent on a ticket. */
export interface SentEmail {
  readonly email: OutgoingEmail;
  readonly threadIds: readonly string[];
  readonly kind: MessageKind;
  readonly at: Instant;
}

/** A sent email as its ticket's history keeps it: the ids a reply may point at are indexed. */
function sentMessage(ticket: string, id: string, sent: SentEmail): TicketMessage {
  return {
    ticket,
    id,
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
  };
}

/** The operators' thread: later notices reference the latest ones (bounded). Safe to repeat. */
async function rememberSentNotice(
  ports: Pick<TicketPorts, 'tickets'>,
  ticket: string,
  changeId: string,
  sent: Omit<SentEmail, 'threadIds'>,
): Promise<void> {
  const ownId = ownMessageIdOf(sent.email);
  if (sent.kind !== 'operator-notice' || ownId === '') return;
  // A new ticket is stored with its first notices' ids: nothing to save then.
  const current = await existingTicket(ports.tickets, ticket);
  if (current.noticeIds?.includes(ownId)) return;
  await updateTicket(
    ports.tickets,
    ticket,
    `sent#${changeId}`,
    (t) => ({ ...t, noticeIds: rememberNotice(t.noticeIds, ownId) }),
    current,
  );
}

/** Where an email goes out: the step of a unit of work that sends it, and its id in the ticket's history. */
export interface MailStep {
  readonly key: string;
  readonly step: string;
  /** Steps earlier attempts finished. */
  readonly done: StepResults;
  readonly logId: string;
}

/** What an earlier attempt left of sending an email: the ids it was sent under, and its history entry if written. */
export interface EarlierSend {
  readonly threadIds: readonly string[];
  readonly entry: TicketMessage | null;
}

/**
 * The email as an earlier attempt of the unit of work sent it, or null: its history entry (the
 * record of the send since send and history are written together) or, for work begun before
 * that, the step it recorded. Looked for only when an earlier attempt began the work.
 */
export async function earlierSend(
  ports: Pick<TicketPorts, 'messages'>,
  where: MailStep,
  ticket: string,
): Promise<EarlierSend | null> {
  const stepped = recorded(where.key, where.done, sentMail(where.step));
  if (stepped !== undefined) return { threadIds: stepped, entry: null };
  const entry = isResumed(where.done) ? await ports.messages.find(ticket, where.logId) : null;
  return entry === null ? null : { threadIds: entry.messageIds, entry };
}

/**
 * Sends an email once for its unit of work and logs it in the ticket's history, which is the
 * record of the send: written right after SES accepted it, with whatever history the attempt
 * has waiting (one write). A retry finds it there and sends nothing. How every email of the desk
 * goes out.
 */
export async function sendAndLog(
  ports: Pick<TicketPorts, 'messages' | 'tickets' | 'mail'>,
  where: MailStep,
  ticket: string,
  mail: Omit<SentEmail, 'threadIds'>,
): Promise<SendOutcome> {
  const earlier = await earlierSend(ports, where, ticket);
  if (earlier !== null) {
    // Written again: a crash may have cut the write that logged it short (its index items).
    const entry =
      earlier.entry ?? sentMessage(ticket, where.logId, { ...mail, threadIds: earlier.threadIds });
    await ports.messages.appendAll({ messages: [entry], steps: [] });
    await rememberSentNotice(ports, ticket, where.logId, mail);
    return { threadIds: earlier.threadIds, sentNow: false };
  }
  const sent = await ports.mail.send(await toOutgoingMail(mail.email, mail.at));
  const entry = sentMessage(ticket, where.logId, { ...mail, threadIds: sent.threadIds });
  try {
    await appendSurely(ports.messages, { messages: [entry], steps: [] });
  } catch (error) {
    // Kept for the attempt's flush on its way out (AttemptHistory): one more chance to record
    // what SES has accepted before a retry would send it again.
    await ports.messages.append(entry).catch(() => undefined);
    throw error;
  }
  await rememberSentNotice(ports, ticket, where.logId, mail);
  return { threadIds: sent.threadIds, sentNow: true };
}

/** Where a scheduling step runs: the unit of work recording it and its clock. */
export interface StepScope {
  readonly key: string;
  readonly done: StepResults;
  readonly now: Instant;
}

/**
 * Creates one schedule per reminder of the ticket's reminder `round` and clarification `pause`
 * (names are deterministic, so a repeat is a no-op), then remembers the names on the ticket unless
 * it has them (a new ticket is stored with them). Returns how many were created now; a step an
 * attempt recorded before schedules stopped being recorded is skipped.
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
  // Names are deterministic and creating one again changes nothing, so a retry that finds them
  // on the ticket makes them again rather than the step being recorded: one write fewer.
  const current = await existingTicket(ports.tickets, ticket);
  if (names.some((name) => !current.schedules.includes(name))) {
    await updateTicket(
      ports.tickets,
      ticket,
      `${scope.key}#${SCHEDULES.name}`,
      (t) => ({ ...t, schedules: [...new Set([...t.schedules, ...names])] }),
      current,
    );
  }
  return schedules.length;
}

/**
 * Replaces schedules of the ticket, once per change (`done`, remembered on the ticket with the
 * save): deletes `drop` (a missing one is fine), creates `schedules` (an existing name is taken as
 * done, which is why a pending schedule of the same name must be in `drop`), and saves the names
 * swapped, with `change` applied in the same save. A retry after a crash deletes and creates again.
 * Returns the ticket after it and how many schedules this call created.
 */
export async function replaceSchedules(
  ports: Pick<TicketPorts, 'scheduler' | 'tickets'>,
  ticket: Ticket,
  done: string,
  replacement: { readonly drop: readonly string[]; readonly schedules: readonly ReminderSchedule[] },
  change: (ticket: Ticket) => Ticket = (t) => t,
): Promise<{ ticket: Ticket; created: number }> {
  if (ticket.applied.includes(done)) return { ticket, created: 0 };
  const { drop, schedules } = replacement;
  for (const name of drop) await ports.scheduler.delete(name);
  for (const schedule of schedules) await ports.scheduler.create(schedule);
  const names = schedules.map((s) => s.name);
  const after = await updateTicket(ports.tickets, ticket.number, done, (t) => {
    const changed = change(t);
    return {
      ...changed,
      schedules: [...new Set([...changed.schedules.filter((name) => !drop.includes(name)), ...names])],
    };
  });
  return { ticket: after, created: schedules.length };
}

/** The ticket's pending schedules of these kinds, of any round. */
export function schedulesOfKinds(ticket: Ticket, kinds: readonly AnyReminderKind[]): string[] {
  return ticket.schedules.filter((name) => {
    const kind = scheduleKind(ticket.number, name);
    return kind !== null && kinds.includes(kind);
  });
}

/**
 * The ticket once a step stops these schedules, in the step's own save: forgotten from its
 * schedules and listed as retired (Ticket.retiredSchedules), with those an earlier step retired
 * that this attempt has not deleted (`deleted`: what it deleted before the save).
 */
export function retiring(ticket: Ticket, names: readonly string[], deleted: readonly string[]): Ticket {
  const earlier = (ticket.retiredSchedules ?? []).filter((name) => !deleted.includes(name));
  return {
    ...ticket,
    schedules: ticket.schedules.filter((name) => !names.includes(name)),
    retiredSchedules: [...new Set([...earlier, ...names])],
  };
}

/**
 * Deletes the schedules the ticket's latest step retired (a missing one is fine): after the step's
 * save, and again by whoever touches the ticket next, in case a crash came in between. Returns
 * the names deleted.
 */
export async function deleteRetired(
  ports: Pick<TicketPorts, 'scheduler'>,
  ticket: Ticket,
): Promise<readonly string[]> {
  const names = ticket.retiredSchedules ?? [];
  for (const name of names) await ports.scheduler.delete(name);
  return names;
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
  const names = schedulesOfKinds(ticket, kinds);
  if (names.length === 0) return ticket;
  for (const name of names) await ports.scheduler.delete(name);
  return updateTicket(ports.tickets, ticket.number, `unschedule#${changeId}`, (t) => ({
    ...t,
    schedules: t.schedules.filter((name) => !names.includes(name)),
  }));
}
