import type { Instant, ReminderKind } from '../../domain/vocabulary';
import { calendarOf } from '../../intake/sla-plan';
import type { TicketPorts } from '../deps';
import { updateTicket } from '../exactly-once/update-ticket';
import type { Ticket } from '../model/ticket';
import { ticketCalendar } from '../steps/pauses';
import { reminderRound } from '../steps/reopen';
import { resumedReminders } from '../steps/resume';
import { scheduleKind, schedulesFor } from './schedule-plan';

/** The reminders that guard deadlines (the customer's nudge guards none). */
const DEADLINE_KINDS: readonly ReminderKind[] = [
  'take-charge-warning',
  'take-charge-due',
  'resolution-warning',
  'resolution-due',
];

/**
 * Puts the reminders of a ticket's moved deadlines (a corrected priority) on the scheduler. The
 * pending ones are deleted first, since a schedule's name does not change with its time and the
 * scheduler would take a create of an existing name as already done; a reminder this round
 * already sent is not planned again. Names are the current round's and pause series', as the
 * pending ones are. Once per change: a retry after a crash deletes again (a
 * missing schedule is fine) and creates again (an existing name at the new time is done).
 */
export async function replanReminders(
  ports: TicketPorts,
  ticket: Ticket,
  changeId: string,
  now: Instant,
): Promise<Ticket> {
  const done = `replan#${changeId}`;
  if (ticket.applied.includes(done)) return ticket;
  const round = reminderRound(ticket);
  const calendar = ticketCalendar(ticket, ports.desk);
  // The reminders of the steps still undone at the deadlines as they stand, warnings net of the
  // pauses, none already sent this round: the same plan as when a customer's answer moves them.
  const reminders = resumedReminders(ticket, calendar, ports.desk.warningRatio).filter((r) =>
    DEADLINE_KINDS.includes(r.kind),
  );
  const zone = calendarOf(ports.desk, ticket.calendarId).timeZone;
  const schedules = schedulesFor(ticket.number, reminders, zone, now, round, ticket.pauses.length);
  const pending = ticket.schedules.filter((name) => {
    const kind = scheduleKind(ticket.number, name);
    return kind !== null && DEADLINE_KINDS.includes(kind);
  });
  for (const name of pending) await ports.scheduler.delete(name);
  for (const schedule of schedules) await ports.scheduler.create(schedule);
  const names = schedules.map((s) => s.name);
  return updateTicket(ports.tickets, ticket.number, done, (t) => ({
    ...t,
    schedules: [...new Set([...t.schedules.filter((name) => !pending.includes(name)), ...names])],
  }));
}
