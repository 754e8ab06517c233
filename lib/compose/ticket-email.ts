import type { Desk } from '../desk/desk';
import type { ComposedTicket } from './composed-ticket';
import { headerSafe } from './header-safe';
import { INTERNAL_MARKER } from './internal-marker';
import { noticeThreading } from './notice-thread';
import { deskHeaders, type OutgoingAttachment, type OutgoingEmail, outgoingEmail } from './outgoing-email';
import { ticketSubject, ticketToken } from './subject';

/** What a sentence to the customer may name: the ticket's subject, number and `[#token]`. */
export function customerValues(ticket: ComposedTicket): Record<string, string> {
  return {
    subject: headerSafe(ticket.subject) || '-',
    ticket: ticket.number,
    token: ticketToken(ticket.number),
  };
}

/** An email to the ticket's customer, in the ticket's language, threaded on their latest message. */
export function customerEmail(
  desk: Desk,
  ticket: ComposedTicket,
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

/**
 * An email to the desk's operators about the ticket, in their language: from the support address,
 * `Reply-To` the desk (an answer comes back to it, however the operators' mail is set up), in the
 * ticket's thread of notices, the internal marker as the first line (an operator's answer is cut
 * there before anything reaches the customer). `headers` adds fields (an urgent notice's priority);
 * `to` is every operator unless the caller names some (a notice: the ticket's team).
 */
export function operatorEmail(
  desk: Desk,
  ticket: ComposedTicket,
  subject: string,
  messageId: string,
  lines: readonly string[],
  headers: Readonly<Record<string, string>> = {},
  to: readonly string[] = desk.operatorAddresses,
): OutgoingEmail {
  const language = desk.operatorLanguage;
  return outgoingEmail({
    from: desk.fromAddress,
    to,
    subject: ticketSubject(ticket.number, subject, language),
    language,
    headers: {
      ...deskHeaders({ messageId, ...noticeThreading(desk, ticket, messageId) }),
      'Reply-To': desk.fromAddress,
      ...headers,
    },
    text: `${[INTERNAL_MARKER, ...lines].join('\n')}\n`,
  });
}
