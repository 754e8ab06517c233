import { isOpen } from '../calendar';
import { customerTerms, requiredFieldsFor } from '../desk/customer-terms';
import type { Desk } from '../desk/desk';
import type { Instant, Language, RequiredField } from '../domain/vocabulary';
import type { MailMessage } from '../mail/message';
import { connectedSystems } from './connected-systems';
import type { TicketFields } from './decision';
import { type FieldInput, presentFields } from './fields';
import { readImpact } from './impact';
import { detectLanguage } from './language';
import { calendarOf } from './sla-plan';
import { baseSubject } from './thread';
import { readUrgency } from './urgency';

/** What the field detectors read from a message under a desk's patterns. */
export function fieldInput(message: MailMessage, desk: Desk): FieldInput {
  return {
    ownWords: message.ownWords,
    attachments: message.attachments,
    customerNumberPatterns: desk.customerNumberPatterns,
  };
}

/** Which of the asked fields a message supplies (a reply completing an `awaiting-info` ticket). */
export function suppliedFields(
  message: MailMessage,
  desk: Desk,
  asked: readonly RequiredField[],
): RequiredField[] {
  return presentFields(fieldInput(message, desk), asked);
}

/** The language of a message's own words under the desk's languages and fallback. */
export function languageOf(message: MailMessage, desk: Desk): Language {
  return detectLanguage(baseSubject(message.subject), message.ownWords, desk);
}

/** The addresses whose customer terms apply, most specific first: From, then Reply-To. */
export function senderAddresses(message: MailMessage): string[] {
  return [message.from?.address, ...message.replyTo.map((a) => a.address)].filter((a): a is string => !!a);
}

/** Everything a new ticket records about the request: language, levels, priority, flags, fields and terms. */
export function ticketFields(
  message: MailMessage,
  desk: Desk,
  receivedAt: Instant,
  language: Language,
  verified = true,
): TicketFields {
  const subject = baseSubject(message.subject);
  const { urgent, urgency } = readUrgency(message.subject, message.ownWords, desk.urgentWords);
  const impact = readImpact(subject, message.ownWords);
  // A forged From must not buy the forged customer's SLA: unverified senders get no-contract terms.
  const terms = customerTerms(desk, verified ? senderAddresses(message) : []);
  const outOfHours = urgent && !isOpen(calendarOf(desk, terms.calendarId), receivedAt);
  const tier = desk.tiers.get(terms.tier);
  const outOfHoursBestEffort = outOfHours && tier?.urgentOutOfHours === 'best-effort';
  // Flagged out of hours still, but with the contract's cover the clock runs on the cover's calendar.
  const cover = outOfHours ? (tier?.outOfHoursCover ?? null) : null;
  const required = requiredFieldsFor(desk, terms);
  const present = presentFields(fieldInput(message, desk), required);
  const systems = connectedSystems(message.ownWords);
  return {
    language,
    impact,
    urgency,
    priority: desk.matrix[impact][urgency],
    blocking: impact === 'high',
    urgent,
    outOfHours,
    bestEffort: terms.bestEffort || outOfHoursBestEffort,
    presentFields: present,
    missingFields: required.filter((f) => !present.includes(f)),
    terms,
    calendarId: cover ?? terms.calendarId,
    outOfHoursCover: cover !== null,
    ...(systems === null ? {} : { connectedSystems: systems }),
  };
}
