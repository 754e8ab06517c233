import type { Desk } from '../../desk/desk';
import type { Instant, TicketStatus } from '../../domain/vocabulary';
import type { PlannedReminder, SlaPlan } from '../../intake/decision';
import { calendarOf, planAwaitingInfo } from '../../intake/sla-plan';
import {
  contractDeadlines,
  planTargets,
  restartsOnReopen,
  type TargetState,
  targetReminders,
} from '../../targets';
import type { TicketPorts } from '../deps';
import { replaceSchedules } from '../exactly-once/effects';
import type { Ticket } from '../model/ticket';
import { schedulesFor } from '../reminders/schedule-plan';
import { ticketCalendar } from './pauses';
import { reopenedTargets, targetFactsOf, ticketTargets } from './targets';

/** The ticket's reminder round: 0 until its first reopening, one more for each reopening. */
export function reminderRound(ticket: Ticket): number {
  return ticket.reopenings.length;
}

/** When the current resolution clock started: the last reopening, else the SLA clock start. */
export function resolutionClockStart(ticket: Ticket): Instant | null {
  return ticket.reopenings.at(-1)?.at ?? ticket.clockStart;
}

/**
 * The resolution deadline of a ticket reopened at `at`: a fresh clock from the reopening, since
 * the customer's problem is back and the earlier deadline is spent. A ticket whose SLA clock never
 * started (still missing information) gets none.
 */
export function reopenResolution(
  ticket: Ticket,
  at: Instant,
  planFrom: (clockStart: Instant) => SlaPlan,
): Instant | null {
  return ticket.clockStart === null ? null : planFrom(at).deadlines.resolution;
}

function reopenedStatus(ticket: Ticket): TicketStatus {
  if (ticket.clockStart === null && ticket.missingFields.length > 0) return 'awaiting-info';
  return ticket.takenInChargeAt === null ? 'open' : 'in-progress';
}

/**
 * The ticket reopened at `at` with its new resolution deadline: in progress if it had been taken in
 * charge, open if not, awaiting information if its clock never started. Take-charge state and
 * deadline stay as they were; the round it ends is recorded for reports.
 */
export function reopenedTicket(
  ticket: Ticket,
  at: Instant,
  resolution: Instant | null,
  targets?: readonly TargetState[],
): Ticket {
  const ended = {
    at,
    resolvedAt: ticket.resolvedAt,
    closedAt: ticket.closedAt,
    resolutionDeadline: ticket.deadlines.resolution,
  };
  return {
    ...ticket,
    status: reopenedStatus(ticket),
    resolvedAt: null,
    closedAt: null,
    deadlines: { ...ticket.deadlines, resolution },
    reopenings: [...ticket.reopenings, ended],
    ...(targets === undefined ? {} : { targets, deadlines: contractDeadlines(targets) }),
  };
}

/**
 * What guards a reopened ticket: the reminders of every target still pending that fall after the
 * reopening: the fresh ones of the targets it restarted (the resolution's new clock) and, while
 * nobody has taken it in charge, those of its original clock still ahead. A ticket back to
 * awaiting information gets the customer's nudge again, counted from the reopening, as after the
 * acknowledgement that first asked: its resolution had removed the earlier one.
 */
export function reopenReminders(desk: Desk, ticket: Ticket): PlannedReminder[] {
  const reopenedAt = ticket.reopenings.at(-1)?.at;
  if (ticket.status === 'awaiting-info' && reopenedAt !== undefined) {
    return [planAwaitingInfo(desk, ticket.terms, reopenedAt)];
  }
  const start = resolutionClockStart(ticket);
  if (ticket.clockStart === null || start === null) return [];
  if (ticket.bestEffort) return [];
  const calendar = ticketCalendar(ticket, desk);
  // A ticket stored before targets carries its new resolution only as a deadline: its restarted
  // targets are planned from the reopening here, as they were before targets.
  const states =
    ticket.targets ??
    planTargets(
      desk,
      calendar,
      targetFactsOf(ticket),
      // Its other deadlines stand as stored once a pause moved them; else they are planned from their start.
      ticketTargets(ticket, calendar, desk.warningRatio).filter(
        (s) => !restartsOnReopen(desk, ticket.terms, s) && (s.metAt !== null || ticket.pauses.length > 0),
      ),
    );
  return targetReminders(desk, calendar, states, ticket.terms).filter((r) => r.at > start);
}

/**
 * The ticket reopened at `at` by an operator: its targets met by the resolution restart from the
 * reopening (lib/tickets/steps/targets.ts), the others stay.
 */
export function reopenedWithTargets(desk: Desk, ticket: Ticket, at: Instant): Ticket {
  const calendar = ticketCalendar(ticket, desk);
  const bare = reopenedTicket(ticket, at, null);
  if (ticket.clockStart === null) return bare;
  return reopenedTicket(ticket, at, null, reopenedTargets(desk, calendar, bare, ticket));
}

/**
 * Puts a reopened ticket's reminders on the scheduler under its new round's names, after deleting
 * whatever earlier rounds left behind, and remembers them on the ticket. Done once per change; a
 * retry after a crash repeats creates (an existing name is done) and deletes (a missing one is fine).
 * Returns the ticket after it and how many schedules this call created.
 */
export async function rescheduleReopened(
  ports: TicketPorts,
  ticket: Ticket,
  changeId: string,
  now: Instant,
): Promise<{ ticket: Ticket; created: number }> {
  const zone = calendarOf(ports.desk, ticket.calendarId).timeZone;
  const reminders = reopenReminders(ports.desk, ticket);
  const schedules = schedulesFor(ticket.number, reminders, zone, now, reminderRound(ticket));
  const names = schedules.map((s) => s.name);
  const drop = ticket.schedules.filter((name) => !names.includes(name));
  return replaceSchedules(ports, ticket, `reschedule#${changeId}`, { drop, schedules });
}
