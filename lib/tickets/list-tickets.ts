import { formatInZone } from '../calendar';
import type { Desk } from '../desk/desk';
import type { Instant, Language, Level, Priority, RequiredField, TicketStatus } from '../domain/vocabulary';
import { calendarOf } from '../intake/sla-plan';
import type { TicketFilter, TicketQuery } from '../ports/ticket-store';
import type { Ticket } from './ticket';

/** A ticket as the CLI prints it (`tickets list --json`, CONTRACT section 7): instants as ISO in the calendar's zone. */
export interface TicketView {
  readonly number: string;
  readonly status: TicketStatus;
  readonly priority: Priority;
  readonly language: Language;
  readonly customer: string;
  readonly subject: string;
  readonly deadlines: { readonly takeCharge: string | null; readonly resolution: string | null };
  readonly impact: Level;
  readonly urgency: Level;
  readonly blocking: boolean;
  readonly urgent: boolean;
  readonly missingFields: readonly RequiredField[];
  readonly createdAt: string;
  readonly clockStart: string | null;
  readonly takenInChargeAt: string | null;
  readonly expectedResolutionAt: string | null;
  readonly resolvedAt: string | null;
  readonly closedAt: string | null;
  readonly notes: number;
}

/** The ticket's view, instants written with the offset of its calendar's zone. */
export function ticketView(ticket: Ticket, desk: Desk): TicketView {
  const calendar = calendarOf(desk, ticket.calendarId);
  const iso = (at: Instant | null) => (at === null ? null : formatInZone(calendar, at));
  return {
    number: ticket.number,
    status: ticket.status,
    priority: ticket.priority,
    language: ticket.language,
    customer: ticket.customer,
    subject: ticket.subject,
    deadlines: { takeCharge: iso(ticket.deadlines.takeCharge), resolution: iso(ticket.deadlines.resolution) },
    impact: ticket.impact,
    urgency: ticket.urgency,
    blocking: ticket.blocking,
    urgent: ticket.urgent,
    missingFields: ticket.missingFields,
    createdAt: formatInZone(calendar, ticket.createdAt),
    clockStart: iso(ticket.clockStart),
    takenInChargeAt: iso(ticket.takenInChargeAt),
    expectedResolutionAt: iso(ticket.expectedResolutionAt),
    resolvedAt: iso(ticket.resolvedAt),
    closedAt: iso(ticket.closedAt),
    notes: ticket.notes.length,
  };
}

/** Tickets for the operator CLI, nearest deadline first. */
export async function listTickets(
  query: TicketQuery,
  desk: Desk,
  filter: TicketFilter = {},
): Promise<TicketView[]> {
  return (await query.list(filter)).map((ticket) => ticketView(ticket, desk));
}
