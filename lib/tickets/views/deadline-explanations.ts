import {
  businessTimeBetween,
  type Calendar,
  calendarFromSnapshot,
  type DeadlineExplanation,
  explainDeadline,
} from '../../calendar';
import type { Desk } from '../../desk/desk';
import type { Instant } from '../../domain/vocabulary';
import { calendarOf } from '../../intake/sla-plan';
import type { Ticket } from '../model/ticket';
import { resolutionClockStart } from '../steps/reopen';

/** Why each of a ticket's deadlines falls where it does; null for a deadline it does not have. */
export interface TicketDeadlineExplanations {
  readonly takeCharge: DeadlineExplanation | null;
  readonly resolution: DeadlineExplanation | null;
}

const MS_PER_MINUTE = 60_000;

/**
 * Explains a ticket's deadlines with the calendar it was received with (its snapshot; the desk's
 * calendar for tickets stored before snapshots): the open intervals counted from the clock start
 * to each deadline, and the dates skipped on the way. Counting the open time actually between
 * the two instants, rather than re-reading the SLA, explains the deadline the ticket holds, even
 * when the desk's SLA changed since.
 */
export function explainTicketDeadlines(ticket: Ticket, desk: Desk): TicketDeadlineExplanations {
  const calendar = ticket.calendarSnapshot
    ? calendarFromSnapshot(ticket.calendarSnapshot, `ticket ${ticket.number} calendar`)
    : calendarOf(desk, ticket.calendarId);
  return {
    takeCharge: explainSpan(calendar, ticket.clockStart, ticket.deadlines.takeCharge),
    resolution: explainSpan(calendar, resolutionClockStart(ticket), ticket.deadlines.resolution),
  };
}

function explainSpan(
  calendar: Calendar,
  from: Instant | null,
  deadline: Instant | null,
): DeadlineExplanation | null {
  if (from === null || deadline === null || deadline < from) return null;
  const minutes = Math.round(businessTimeBetween(calendar, from, deadline) / MS_PER_MINUTE);
  return explainDeadline(calendar, from, { amount: minutes, unit: 'm' });
}
