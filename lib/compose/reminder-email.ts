import type { Desk } from '../desk/desk';
import type { CustomerReminderKind, Instant, ReminderKind } from '../domain/vocabulary';
import { calendarOf } from '../intake/sla-plan';
import type { ComposedTicket } from './composed-ticket';
import { headerSafe } from './header-safe';
import { localTime } from './local-time';
import { deskMessageId } from './message-id';
import type { OutgoingEmail } from './outgoing-email';
import { REMINDER_WORDING } from './reminder-wording';
import { targetLines } from './target-lines';
import { customerEmail, customerValues, operatorEmail } from './ticket-email';
import { ACK_WORDING, fill } from './wording';

/** Reminders that go to the operators (every kind but the customer's nudges). */
export type OperatorReminderKind = Exclude<ReminderKind, CustomerReminderKind>;

/** The deadline an operator reminder is about. */
function guardedDeadline(ticket: ComposedTicket, kind: OperatorReminderKind): Instant | null {
  return kind.startsWith('take-charge') ? ticket.deadlines.takeCharge : ticket.deadlines.resolution;
}

/** Operators' email for a deadline at 75 % or past, in the operators' language, in the ticket's thread of notices. */
export function composeOperatorReminder(
  desk: Desk,
  ticket: ComposedTicket,
  kind: OperatorReminderKind,
): OutgoingEmail {
  const language = desk.operatorLanguage;
  const w = REMINDER_WORDING[language];
  const deadline = guardedDeadline(ticket, kind);
  const zone = calendarOf(desk, ticket.calendarId).timeZone;
  const details = {
    ticket: ticket.number,
    at: deadline === null ? '-' : localTime(deadline, zone, language),
    customer: ticket.customer,
    subject: headerSafe(ticket.subject) || '-',
    priority: ticket.priority,
    status: ticket.status,
  };
  const messageId = deskMessageId(ticket.number, kind, kind, desk.fromAddress);
  const targets = targetLines(desk, ticket, zone);
  const lines = [
    fill(w.operatorLines[kind], details),
    '',
    fill(w.operatorDetails, details),
    ...(targets.length > 0 ? ['', ...targets] : []),
  ];
  return operatorEmail(desk, ticket, w.operatorSubjects[kind], messageId, lines);
}

/** The customer's nudge, in the ticket's language, listing what is still missing. */
export function composeAwaitingInfoReminder(desk: Desk, ticket: ComposedTicket): OutgoingEmail {
  const w = REMINDER_WORDING[ticket.language];
  const fields = ACK_WORDING[ticket.language].fields;
  const values = customerValues(ticket);
  const lines = [
    w.customerGreeting,
    '',
    fill(w.awaitingInfo, values),
    ...ticket.missingFields.map((field) => `- ${fields[field]}`),
    '',
    fill(w.awaitingInfoHow, values),
    '',
    w.closing,
  ];
  const messageId = deskMessageId(ticket.number, 'awaiting-info', 'awaiting-info', desk.fromAddress);
  return customerEmail(desk, ticket, messageId, lines);
}

/**
 * The customer's nudge of an operator's question still unanswered, in the ticket's language, with
 * when it was asked. `pause` (the ticket's pause it belongs to) makes each pause's nudge its own email.
 */
export function composeAwaitingCustomerReminder(
  desk: Desk,
  ticket: ComposedTicket,
  askedAt: Instant,
  pause: number,
): OutgoingEmail {
  const w = REMINDER_WORDING[ticket.language];
  const zone = calendarOf(desk, ticket.calendarId).timeZone;
  const values = { ...customerValues(ticket), at: localTime(askedAt, zone, ticket.language) };
  const lines = [
    w.customerGreeting,
    '',
    fill(w.awaitingCustomer, values),
    '',
    fill(w.awaitingCustomerHow, values),
    '',
    w.closing,
  ];
  const messageId = deskMessageId(ticket.number, 'awaiting-customer', `pause#${pause}`, desk.fromAddress);
  return customerEmail(desk, ticket, messageId, lines);
}

/** What the operators need to find a message the desk read only the headers of. */
export interface OversizeFacts {
  readonly messageId: string;
  readonly rawId: string;
  readonly size: number;
  readonly limit: number;
}

/**
 * Tells the operators (`to`: the caller gives the team the ticket is with, as for the created-notice)
 * that a ticket was made from headers only because the message was over the size limit.
 */
export function composeOversizeNotice(
  desk: Desk,
  ticket: ComposedTicket,
  facts: OversizeFacts,
  to: readonly string[],
): OutgoingEmail {
  const language = desk.operatorLanguage;
  const w = REMINDER_WORDING[language];
  const values = {
    ticket: ticket.number,
    customer: ticket.customer,
    messageId: headerSafe(facts.messageId) || '-',
    rawId: facts.rawId,
    size: String(facts.size),
    limit: String(facts.limit),
  };
  const messageId = deskMessageId(ticket.number, 'oversize', facts.rawId, desk.fromAddress);
  return operatorEmail(desk, ticket, w.oversizeSubject, messageId, [fill(w.oversize, values)], {}, to);
}
