import type { Desk } from '../desk/desk';
import type { IgnoreReason, Instant, Language } from '../domain/vocabulary';
import type { MailMessage } from '../mail/message';
import { isUnverified, type SenderVerdicts, verdictsInHeaders } from '../mail/sender-verdicts';
import { isGarbled } from '../mail/subject-repair';
import { answerAddress } from './answer-to';
import { automaticReason } from './automatic';
import type {
  AcknowledgementPlan,
  ActDecision,
  Decision,
  IgnoreDecision,
  SlaPlan,
  ThreadInfo,
  TicketFields,
} from './decision';
import { planAwaitingInfo, planSla } from './sla-plan';
import { threadInfo } from './thread';
import { languageOf, ticketFields } from './ticket-fields';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

// A subject that could not be decoded is left out rather than echoed garbled: the
// acknowledgement then says "Support request" in the customer's language.
function echoedSubject(subject: string): string {
  return isGarbled(subject) ? '' : subject.replace(controls, ' ').trim();
}

// No acknowledgement without someone to send it to, nor to a sender whose From may be forged:
// that would make the desk answer, and promise terms to, whoever the forger named.
function acknowledgementPlan(
  message: MailMessage,
  r: Reading,
  ticket: TicketFields,
): AcknowledgementPlan | null {
  if (r.to.length === 0 || !r.verified) return null;
  return {
    to: r.to,
    language: ticket.language,
    subject: echoedSubject(message.subject),
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

/** What every decision reads first: whom to answer, the language and the thread links. */
interface Reading {
  readonly to: readonly string[];
  readonly language: Language;
  readonly thread: ThreadInfo;
  /** False when SPF and DKIM fail, or DMARC fails: the From may be forged. */
  readonly verified: boolean;
  /** Only the headers were read (the message is over the size limit): its fields cannot be checked. */
  readonly headerOnly: boolean;
}

// Each decision is one object literal with every field written out, in the same order: a
// shared base spread into it (`{ ...base, outcome }`) cost 10-25 us per decision when
// interleaved with parsing, more than all the field detectors together (V8's object-clone
// path; measured with bench/intake), while a plain literal costs well under 1 us.

function ignored(
  message: MailMessage,
  receivedAt: Instant,
  r: Reading,
  reason: IgnoreReason,
): IgnoreDecision {
  return {
    messageId: message.messageId,
    from: message.from,
    customer: r.to[0] ?? null,
    subject: message.subject,
    language: r.language,
    thread: r.thread,
    receivedAt,
    verified: r.verified,
    outcome: 'ignore',
    reason,
    threadRef: null,
  };
}

function act(message: MailMessage, desk: Desk, receivedAt: Instant, r: Reading): ActDecision {
  const read = ticketFields(message, desk, receivedAt, r.language, r.verified);
  // Rather than ask the customer again for what they probably sent, a request read from its
  // headers only opens with the clock running (the operators are told to read the original).
  const ticket = r.headerOnly ? { ...read, missingFields: [], presentFields: [] } : read;
  const acknowledgement = acknowledgementPlan(message, r, ticket);
  return {
    messageId: message.messageId,
    from: message.from,
    customer: r.to[0] ?? null,
    subject: message.subject,
    language: r.language,
    thread: r.thread,
    receivedAt,
    verified: r.verified,
    outcome: r.thread.token ? 'reply' : 'create',
    reason: null,
    threadRef: r.thread.token,
    ticket,
    status: ticket.missingFields.length > 0 ? 'awaiting-info' : 'open',
    plan: planOf(desk, ticket, receivedAt, acknowledgement !== null),
    acknowledgement,
  };
}

/**
 * Decides everything the pipeline does with one message received at `receivedAt`, without I/O.
 * `verdicts` are the receiving side's (SES's receipt); without them, the message's topmost
 * amazonses.com Authentication-Results header, and passing when it has none. `headerOnly`: the
 * message was read from its headers only (over the size limit), so its fields count as supplied.
 */
export function decide(
  message: MailMessage,
  desk: Desk,
  receivedAt: Instant,
  verdicts: SenderVerdicts = verdictsInHeaders(message.headers),
  options: { readonly headerOnly?: boolean } = {},
): Decision {
  const answer = answerAddress(message, desk);
  const reading: Reading = {
    to: answer ? [answer] : [],
    language: languageOf(message, desk),
    thread: threadInfo(message),
    verified: !isUnverified(verdicts),
    headerOnly: options.headerOnly ?? false,
  };
  const reason = automaticReason(message, desk);
  return reason ? ignored(message, receivedAt, reading, reason) : act(message, desk, receivedAt, reading);
}
