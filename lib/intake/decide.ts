import type { Desk } from '../desk/desk';
import type { Instant } from '../domain/vocabulary';
import type { MailMessage } from '../mail/message';
import { automaticReason } from './automatic';
import type { AcknowledgementPlan, ActDecision, Decision, SlaPlan, TicketFields } from './decision';
import { planAwaitingInfo, planSla } from './sla-plan';
import { threadInfo } from './thread';
import { languageOf, ticketFields } from './ticket-fields';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Bare addresses the acknowledgement goes to: Reply-To when present, else From; never the desk itself. */
function answerTo(message: MailMessage, desk: Desk): string[] {
  const own = new Set([...desk.supportAddresses, desk.fromAddress]);
  const candidates = message.replyTo.length > 0 ? message.replyTo : message.from ? [message.from] : [];
  return [...new Set(candidates.map((a) => a.address))].filter((a) => !own.has(a));
}

function acknowledgementPlan(
  message: MailMessage,
  to: string[],
  ticket: TicketFields,
): AcknowledgementPlan | null {
  if (to.length === 0) return null;
  return {
    to,
    language: ticket.language,
    subject: message.subject.replace(controls, ' ').trim(),
    inReplyTo: message.messageId,
    references: [...message.references, ...(message.messageId ? [message.messageId] : [])],
  };
}

function planOf(desk: Desk, ticket: TicketFields, receivedAt: Instant, asks: boolean): SlaPlan {
  if (ticket.missingFields.length === 0) return planSla(desk, ticket, receivedAt);
  // The clock waits for the reply that completes the request; only the customer's nudge is planned.
  const reminders = asks ? [planAwaitingInfo(desk, ticket.terms, receivedAt)] : [];
  return { deadlines: { takeCharge: null, resolution: null }, reminders };
}

function act(
  message: MailMessage,
  desk: Desk,
  receivedAt: Instant,
  base: Omit<
    ActDecision,
    'outcome' | 'reason' | 'threadRef' | 'ticket' | 'status' | 'plan' | 'acknowledgement'
  >,
): ActDecision {
  const ticket = ticketFields(message, desk, receivedAt, base.language);
  const acknowledgement = acknowledgementPlan(message, answerTo(message, desk), ticket);
  return {
    ...base,
    outcome: base.thread.token ? 'reply' : 'create',
    reason: null,
    threadRef: base.thread.token,
    ticket,
    status: ticket.missingFields.length > 0 ? 'awaiting-info' : 'open',
    plan: planOf(desk, ticket, receivedAt, acknowledgement !== null),
    acknowledgement,
  };
}

/** Decides everything the pipeline does with one message received at `receivedAt`, without I/O. */
export function decide(message: MailMessage, desk: Desk, receivedAt: Instant): Decision {
  const to = answerTo(message, desk);
  const base = {
    messageId: message.messageId,
    from: message.from,
    customer: to[0] ?? null,
    subject: message.subject,
    language: languageOf(message, desk),
    thread: threadInfo(message),
    receivedAt,
  };
  const reason = automaticReason(message, desk);
  if (reason) return { ...base, outcome: 'ignore', reason, threadRef: null };
  return act(message, desk, receivedAt, base);
}
