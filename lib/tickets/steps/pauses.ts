import { type Calendar, calendarFromSnapshot } from '../../calendar';
import type { Desk } from '../../desk/desk';
import type { Instant, Span } from '../../domain/vocabulary';
import { calendarOf } from '../../intake/sla-plan';
import { movedDue } from '../../targets';
import type { Deadlines, Pause, Ticket } from '../model/ticket';

/** The calendar the ticket's deadlines are counted with: the snapshot it was received with, else the desk's. */
export function ticketCalendar(ticket: Ticket, desk: Desk): Calendar {
  return ticket.calendarSnapshot
    ? calendarFromSnapshot(ticket.calendarSnapshot, `ticket ${ticket.number} calendar`)
    : calendarOf(desk, ticket.calendarId);
}

/** The pause the ticket is in (the last one, still without an end), or null. */
export function openPause(ticket: Ticket): Pause | null {
  const last = ticket.pauses.at(-1);
  return last !== undefined && last.end === null ? last : null;
}

/** The ticket waiting for the customer from `at`: its clocks stop, to resume where they were. */
export function pausedTicket(ticket: Ticket, at: Instant): Ticket {
  const resumeTo = ticket.status === 'in-progress' ? 'in-progress' : 'open';
  return {
    ...ticket,
    status: 'awaiting-customer',
    pauses: [...ticket.pauses, { start: at, end: null, resumeTo }],
  };
}

/** The ticket with its open pause (if any) ended at `at`. */
export function endedPause(ticket: Ticket, at: Instant): Ticket {
  if (openPause(ticket) === null) return ticket;
  const pauses = ticket.pauses.map((p) => (p.end === null ? { ...p, end: Math.max(at, p.start) } : p));
  return { ...ticket, pauses };
}

/** The pauses as spans for the calendar engine; one still open counts until `until`. */
export function pausedSpans(ticket: Ticket, until: Instant): Span[] {
  return ticket.pauses
    .map((p) => ({ start: p.start, end: Math.min(p.end ?? until, until) }))
    .filter((span) => span.end > span.start);
}

/**
 * A deadline after the clocks stood still during `pause`. Which deadline moves: one still ahead
 * when the clocks stopped; a deadline already passed at the pause start was missed, and waiting
 * for the customer afterwards does not undo that, so it stays. It moves by the business time of
 * the pause whatever unit its SLA is written in (hours or business days): the open time that was
 * left between the pause start and the deadline is counted again from the pause end, with the
 * calendar engine skipping the paused span.
 */
export function movedDeadline(calendar: Calendar, deadline: Instant, pause: Span): Instant {
  return movedDue(calendar, deadline, pause);
}

/**
 * The deadlines once the customer answered: both move by the pause (see movedDeadline), except a
 * step already done (a take-charge already taken stays where it was: it was met or missed).
 */
export function resumedDeadlines(ticket: Ticket, calendar: Calendar, pause: Span): Deadlines {
  const { takeCharge, resolution } = ticket.deadlines;
  const move = (deadline: Instant | null) =>
    deadline === null ? null : movedDeadline(calendar, deadline, pause);
  return {
    takeCharge: ticket.takenInChargeAt === null ? move(takeCharge) : takeCharge,
    resolution: move(resolution),
  };
}
