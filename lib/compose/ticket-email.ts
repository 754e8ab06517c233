import type { Desk } from '../desk/desk';
import type { Ticket } from '../tickets/ticket';
import { headerSafe } from './header-safe';
import { deskHeaders, type OutgoingAttachment, type OutgoingEmail, outgoingEmail } from './outgoing-email';
import { ticketSubject, ticketToken } from './subject';

/** What a sentence to the customer may name: the ticket's subject, number and `[#token]`. */
export function customerValues(ticket: Ticket): Record<string, string> {
  return {
    subject: headerSafe(ticket.subject) || '-',
    ticket: ticket.number,
    token: ticketToken(ticket.number),
  };
}

/** An email to the ticket's customer, in the ticket's language, threaded on their latest message. */
export function customerEmail(
  desk: Desk,
  ticket: Ticket,
  messageId: string,
  lines: readonly string[],
  attachments: readonly OutgoingAttachment[] = [],
): OutgoingEmail {
  return outgoingEmail({
    from: desk.fromAddress,
    to: [ticket.customer],
    subject: ticketSubject(ticket.number, ticket.subject, ticket.language),
    language: ticket.language,
    headers: deskHeaders({
      messageId,
      inReplyTo: ticket.customerMessageIds.at(-1) ?? null,
      references: ticket.customerMessageIds,
    }),
    text: `${lines.join('\n')}\n`,
    ...(attachments.length > 0 ? { attachments } : {}),
  });
}

/** An email to the desk's operators about the ticket, in the desk's fallback language (theirs). */
export function operatorEmail(
  desk: Desk,
  ticket: Ticket,
  subject: string,
  messageId: string,
  lines: readonly string[],
): OutgoingEmail {
  const language = desk.fallbackLanguage;
  return outgoingEmail({
    from: desk.fromAddress,
    to: desk.operatorAddresses,
    subject: ticketSubject(ticket.number, subject, language),
    language,
    headers: deskHeaders({ messageId, inReplyTo: null, references: [] }),
    text: `${lines.join('\n')}\n`,
  });
}
