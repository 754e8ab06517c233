import type { Desk } from '../desk/desk';
import type { AnyReminderKind } from '../domain/vocabulary';
import { calendarOf } from '../intake/sla-plan';
import { lateChainOf, type TargetReminder, type TargetState } from '../targets';
import type { ComposedTicket } from './composed-ticket';
import { headerSafe } from './header-safe';
import { localTime } from './local-time';
import { deskMessageId } from './message-id';
import type { OutgoingEmail } from './outgoing-email';
import { REMINDER_WORDING } from './reminder-wording';
import { targetLabel, targetLines } from './target-lines';
import { TARGET_WORDING } from './target-wording';
import { operatorEmail } from './ticket-email';
import { fill } from './wording';

/**
 * The operators' reminder of a named target, in their language, naming it: its warning, its due,
 * or a step of the late chain, which goes to that step's recipients instead of the operators.
 */
export function composeTargetReminder(
  desk: Desk,
  ticket: ComposedTicket,
  state: TargetState,
  guarded: TargetReminder,
  kind: AnyReminderKind,
): OutgoingEmail {
  const language = desk.operatorLanguage;
  const w = TARGET_WORDING[language];
  const zone = calendarOf(desk, ticket.calendarId).timeZone;
  const values = {
    label: headerSafe(targetLabel(desk, ticket, state.name)),
    ticket: ticket.number,
    at: localTime(state.due, zone, language),
    step: String(guarded.late),
    customer: ticket.customer,
    subject: headerSafe(ticket.subject) || '-',
    priority: ticket.priority,
    status: ticket.status,
  };
  const messageId = deskMessageId(ticket.number, kind, kind, desk.fromAddress);
  const details = fill(REMINDER_WORDING[language].operatorDetails, values);
  const targets = targetLines(desk, ticket, zone);
  const lines = [
    fill(w.lines[guarded.step], values),
    '',
    details,
    ...(targets.length > 0 ? ['', ...targets] : []),
  ];
  const email = operatorEmail(desk, ticket, fill(w.subjects[guarded.step], values), messageId, lines);
  const chain = lateChainOf(desk, ticket.terms, state.name);
  const recipients = guarded.step === 'late' ? chain[guarded.late - 1]?.to : undefined;
  return recipients === undefined ? email : { ...email, to: recipients };
}
