import type { Desk } from '../desk/desk';
import type { Instant } from '../domain/vocabulary';
import { calendarOf } from '../intake/sla-plan';
import type { Ticket } from '../tickets/ticket';
import { headerSafe } from './header-safe';
import { REOPEN_NOTICE_WORDING } from './lifecycle-wording';
import { localTime } from './local-time';
import { deskMessageId } from './message-id';
import type { OutgoingEmail } from './outgoing-email';
import { REMINDER_WORDING } from './reminder-wording';
import { operatorEmail } from './ticket-email';
import { fill } from './wording';

/**
 * Tells the operators that the customer's reply (received `at`) reopened the ticket, with its new
 * resolution deadline, in the desk's fallback language as the reminders are. `seed` (the reply's
 * unit of work) makes its Message-ID stable across retries.
 */
export function composeReopenNotice(desk: Desk, ticket: Ticket, at: Instant, seed: string): OutgoingEmail {
  const language = desk.fallbackLanguage;
  const w = REOPEN_NOTICE_WORDING[language];
  const zone = calendarOf(desk, ticket.calendarId).timeZone;
  const deadline = ticket.deadlines.resolution;
  const values = {
    ticket: ticket.number,
    customer: ticket.customer,
    at: localTime(at, zone, language),
    deadline: deadline === null ? '-' : localTime(deadline, zone, language),
    subject: headerSafe(ticket.subject) || '-',
    priority: ticket.priority,
    status: ticket.status,
  };
  const lines = [
    fill(w.reopened, values),
    deadline === null ? w.noDeadline : fill(w.newDeadline, values),
    '',
    fill(REMINDER_WORDING[language].operatorDetails, values),
  ];
  const messageId = deskMessageId(ticket.number, 'reopened', seed, desk.fromAddress);
  return operatorEmail(desk, ticket, w.subject, messageId, lines);
}
