import type { Desk } from '../desk/desk';
import type { Instant } from '../domain/vocabulary';
import { calendarOf } from '../intake/sla-plan';
import { baseSubject } from '../intake/thread';
import { answerHint } from './answer-hint';
import type { ComposedTicket } from './composed-ticket';
import { headerSafe } from './header-safe';
import { localTime } from './local-time';
import { deskMessageId } from './message-id';
import { factLines, type NoticeSender } from './notice-facts';
import { noticeRootId } from './notice-thread';
import { NOTICE_WORDING, type NoticeEvent } from './notice-wording';
import { attachmentLines, type NoticeAttachment, noticeWords } from './notice-words';
import type { OutgoingEmail } from './outgoing-email';
import { ticketToken } from './subject';
import { operatorEmail } from './ticket-email';
import { fill } from './wording';

/** What one notice is about: the event, the message that caused it, and who sent it. */
export interface NoticeFacts {
  readonly event: NoticeEvent;
  /** When the message was received. */
  readonly at: Instant;
  /** The unit of work that sends it (the ingestion's key): a retry writes the same Message-ID. */
  readonly seed: string;
  readonly sender: NoticeSender;
  /** The customer's own words (hostile: cleaned and capped here). */
  readonly words: string;
  readonly attachments: readonly NoticeAttachment[];
  /** The escalated-notice: the team the ticket went to and the operator who sent it there. */
  readonly escalation?: { readonly team: string; readonly actor: string };
  /**
   * Who gets it, as the caller's rules decide (lib/tickets model/team noticeRecipients: the team
   * the ticket is with; for an urgent request out of hours, the on-call addresses first).
   */
  readonly to: readonly string[];
}

/** Headers that make mail clients show a notice as important (Outlook's, and the older X-Priority). */
const URGENT_HEADERS = { Importance: 'high', 'X-Priority': '1' } as const;

/** True for the notice that must wake someone: an urgent request received out of hours. */
export function isUrgentNotice(ticket: ComposedTicket, event: NoticeEvent): boolean {
  return event === 'created' && ticket.urgent && ticket.outOfHours;
}

/**
 * The notice's Message-ID: the thread's root for the created-notice; the reopen notice keeps the
 * id it always had (a retry across the upgrade still writes the same one).
 */
function noticeMessageId(desk: Desk, ticket: ComposedTicket, facts: NoticeFacts): string {
  if (facts.event === 'created') return noticeRootId(desk, ticket.number);
  const kind = facts.event === 'reopened' ? 'reopened' : 'notice';
  return deskMessageId(ticket.number, kind, facts.seed, desk.fromAddress);
}

/**
 * Tells the operators what happened on a ticket, in their language: who the customer is, the
 * flags, priority and deadlines, what is missing, the customer's words and attachments, and how to
 * answer from their mailbox. It goes to `facts.to`; an urgent request out of hours is marked important.
 */
export function composeOperatorNotice(desk: Desk, ticket: ComposedTicket, facts: NoticeFacts): OutgoingEmail {
  const w = NOTICE_WORDING[desk.operatorLanguage];
  const zone = calendarOf(desk, ticket.calendarId).timeZone;
  const urgent = isUrgentNotice(ticket, facts.event);
  const values = {
    ticket: ticket.number,
    customer: ticket.customer,
    at: localTime(facts.at, zone, desk.operatorLanguage),
    team: headerSafe(facts.escalation?.team ?? '', 100),
    actor: headerSafe(facts.escalation?.actor ?? '', 300),
  };
  const lines = [
    fill(w.events[facts.event], values),
    '',
    ...factLines(desk, ticket, facts.sender, w),
    '',
    w.words,
    ...noticeWords(facts.words, w),
    ...(facts.attachments.length > 0 ? ['', w.attachments, ...attachmentLines(facts.attachments, w)] : []),
    '',
    ...answerHint(desk.operatorLanguage, ticketToken(ticket.number)),
  ];
  const customerSubject = headerSafe(baseSubject(headerSafe(ticket.subject, 1000)));
  const what = w.subjects[facts.event];
  const subject = `${urgent ? w.urgentPrefix : ''}${what}${customerSubject ? `: ${customerSubject}` : ''}`;
  const messageId = noticeMessageId(desk, ticket, facts);
  return operatorEmail(desk, ticket, subject, messageId, lines, urgent ? URGENT_HEADERS : {}, facts.to);
}
