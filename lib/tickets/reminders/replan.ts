import type { Instant } from '../../domain/vocabulary';
import { calendarOf } from '../../intake/sla-plan';
import { targetOfKind } from '../../targets';
import type { TicketPorts } from '../deps';
import { replaceSchedules } from '../exactly-once/effects';
import type { Ticket } from '../model/ticket';
import { ticketCalendar } from '../steps/pauses';
import { reminderRound } from '../steps/reopen';
import { resumedReminders } from '../steps/resume';
import { escalatedTargets } from '../steps/targets';
import { scheduleKind, schedulesFor } from './schedule-plan';

/** True for a schedule name of this ticket that guards a target (not a customer's nudge). */
function guardsTarget(ticket: Ticket, name: string): boolean {
  const kind = scheduleKind(ticket.number, name);
  return kind !== null && targetOfKind(kind) !== null;
}

/**
 * Puts the reminders of a ticket's moved or started targets (a corrected priority, an escalation
 * that started a team's targets) on the scheduler. The targets of every team the ticket was
 * escalated to are started first (each once, at its first escalation) and saved with the change.
 * The pending reminders are deleted first, since a schedule's name does not change with its time
 * and the scheduler would take a create of an existing name as already done; a reminder this
 * round already sent is not planned again. Names are the current round's and pause series', as
 * the pending ones are. Once per change: a retry after a crash deletes again (a missing schedule
 * is fine) and creates again (an existing name at the new time is done).
 */
export async function replanReminders(
  ports: TicketPorts,
  ticket: Ticket,
  changeId: string,
  now: Instant,
): Promise<Ticket> {
  const round = reminderRound(ticket);
  const calendar = ticketCalendar(ticket, ports.desk);
  const started = escalatedTargets(ports.desk, calendar, ticket);
  // The reminders of the targets still pending at their due times as they stand, warnings net of
  // the pauses, none already sent this round: the same plan as when a customer's answer moves them.
  const reminders = resumedReminders(ports.desk, started, calendar);
  const zone = calendarOf(ports.desk, ticket.calendarId).timeZone;
  const schedules = schedulesFor(ticket.number, reminders, zone, now, round, ticket.pauses.length);
  const drop = ticket.schedules.filter((name) => guardsTarget(ticket, name));
  const replaced = await replaceSchedules(ports, ticket, `replan#${changeId}`, { drop, schedules }, (t) =>
    escalatedTargets(ports.desk, calendar, t),
  );
  return replaced.ticket;
}
