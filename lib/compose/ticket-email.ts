import type { Desk } from '../desk/desk';
import type { ComposedTicket } from './composed-ticket';
import { headerSafe } from './header-safe';
import { INTERNAL_MARKER } from './internal-marker';
import { noticeThreading } from './notice-thread';
import {
  deskHeaders,
  type OutgoingAttachment,
  type OutgoingEmail,
  outgoingEmail,
  type Threading,
} from './outgoing-email';
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

/** What an email to operators says, where it threads and who gets it (every operator unless named). */
export interface OperatorMail {
  readonly subject: string;
  readonly threading: Threading;
  readonly lines: readonly string[];
  /** Fields added to the desk's own (an urgent notice's priority). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly to?: readonly string[];
}

/**
 * An email to the desk's operators about the ticket, in their language: from the support address,
 * `Reply-To` the desk (an answer comes back to it, however the operators' mail is set up), the
 * internal marker as the first line (an operator's answer is cut there before anything reaches the
 * customer). Every email to operators is built here; `operatorEmail` threads it with the notices.
 */
export function operatorMail(desk: Desk, ticket: ComposedTicket, mail: OperatorMail): OutgoingEmail {
  const language = desk.operatorLanguage;
  return outgoingEmail({
    from: desk.fromAddress,
    to: mail.to ?? desk.operatorAddresses,
    subject: ticketSubject(ticket.number, mail.subject, language),
    language,
    headers: {
      ...deskHeaders(mail.threading),
      'Reply-To': desk.fromAddress,
      ...mail.headers,
    },
    text: `${[INTERNAL_MARKER, ...mail.lines].join('\n')}\n`,
  });
}

/**
 * An email to the desk's operators in the ticket's thread of notices (operatorMail). `headers`
 * adds fields (an urgent notice's priority); `to` is every operator unless the caller names some
 * (a notice: the ticket's team).
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
  const threading = { messageId, ...noticeThreading(desk, ticket, messageId) };
  return operatorMail(desk, ticket, { subject, threading, lines, headers, to });
}
