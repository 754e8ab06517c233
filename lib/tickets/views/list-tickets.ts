import type { Desk } from '../../desk/desk';
import { PRIORITIES, type Priority } from '../../domain/vocabulary';
import type { TicketFilter, TicketQuery } from '../../ports/ticket-store';
import { currentTeam } from '../model/team';
import { nextDue, type Ticket } from '../model/ticket';
import { type TicketView, ticketView } from './ticket-view';

export { deskZone, type TicketView, ticketView } from './ticket-view';

/** Which tickets an operator lists: the store's filter, plus priority and customer. */
export interface ListFilter extends TicketFilter {
  readonly priority?: Priority;
  /** Bare address, compared without case. */
  readonly customer?: string;
  /** A category id; tickets of no category never match. */
  readonly category?: string;
  /** Only the tickets with this team (a ticket without one is with the intake team). */
  readonly team?: string;
}

/** Urgent mail that came in while the desk was closed: nobody saw it arrive, so it comes first. */
const urgentOutOfHours = (t: Ticket) => t.urgent && t.outOfHours;

/**
 * Most urgent first: priority (P1 first), then urgent-out-of-hours, then billable (the customer
 * pays to be handled first, policy B), then the nearest pending deadline (none last), then number. Priority leads, so a P1 received out of hours (best effort,
 * no deadline) is never below a P3 that has one.
 */
export function byUrgency(a: Ticket, b: Ticket): number {
  const due = (t: Ticket) => nextDue(t) ?? Number.MAX_SAFE_INTEGER;
  return (
    PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) ||
    Number(urgentOutOfHours(b)) - Number(urgentOutOfHours(a)) ||
    Number(b.billable !== undefined) - Number(a.billable !== undefined) ||
    due(a) - due(b) ||
    a.number.localeCompare(b.number)
  );
}

/** True when the ticket passes the filter's priority, customer and team (the store applied the rest). */
function wanted(ticket: Ticket, filter: ListFilter, desk: Desk): boolean {
  if (filter.priority !== undefined && ticket.priority !== filter.priority) return false;
  if (filter.category !== undefined && ticket.category !== filter.category) return false;
  if (filter.team !== undefined && currentTeam(desk, ticket) !== filter.team) return false;
  const customer = filter.customer?.trim().toLowerCase();
  return customer === undefined || ticket.customer.toLowerCase() === customer;
}

/** Tickets for the operator CLI, most urgent first (see byUrgency). */
export async function listTickets(
  query: TicketQuery,
  desk: Desk,
  filter: ListFilter = {},
): Promise<TicketView[]> {
  const tickets = (await query.list(filter)).filter((t) => wanted(t, filter, desk));
  return tickets.sort(byUrgency).map((ticket) => ticketView(ticket, desk));
}
