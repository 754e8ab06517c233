import { addBusinessTime } from '../../calendar';
import type { Desk } from '../../desk/desk';
import type { Instant } from '../../domain/vocabulary';
import type { PlannedReminder } from '../../intake/decision';
import { calendarOf } from '../../intake/sla-plan';
import type { TicketPorts } from '../deps';
import { updateTicket } from '../exactly-once/update-ticket';
import type { Ticket } from '../model/ticket';
import { schedulesFor } from '../reminders/schedule-plan';
import { openPause } from './pauses';
import { reminderRound } from './reopen';

/** The customer's nudge of a clarification request: the desk's wait (as for awaiting-info) after the question. */
export function planNudge(desk: Desk, ticket: Ticket, askedAt: Instant): PlannedReminder {
  return {
    at: addBusinessTime(calendarOf(desk, ticket.calendarId), askedAt, desk.awaitingInfoAfter),
    kind: 'awaiting-customer',
  };
}

/**
 * Schedules the nudge of the ticket's open pause, named after that pause, and remembers it on the
 * ticket; once per change (a retry finds it done, or repeats an idempotent create). Nothing when
 * the ticket no longer waits: the customer answered before this ran.
 */
export async function scheduleNudge(
  ports: TicketPorts,
  ticket: Ticket,
  changeId: string,
  now: Instant,
): Promise<Ticket> {
  const done = `nudge#${changeId}`;
  const pause = openPause(ticket);
  if (ticket.applied.includes(done) || ticket.status !== 'awaiting-customer' || pause === null) return ticket;
  const zone = calendarOf(ports.desk, ticket.calendarId).timeZone;
  const reminders = [planNudge(ports.desk, ticket, pause.start)];
  const schedules = schedulesFor(
    ticket.number,
    reminders,
    zone,
    now,
    reminderRound(ticket),
    ticket.pauses.length,
  );
  for (const schedule of schedules) await ports.scheduler.create(schedule);
  const names = schedules.map((s) => s.name);
  return updateTicket(ports.tickets, ticket.number, done, (t) => ({
    ...t,
    schedules: [...new Set([...t.schedules, ...names])],
  }));
}
