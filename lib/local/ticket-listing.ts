import { formatInZone } from '../calendar';
import type { Desk } from '../desk';
import type { Instant, Language, Priority, RequiredField, TicketStatus } from '../domain/vocabulary';
import type { Ticket } from '../tickets/ticket';

/** One ticket as `support-desk tickets list --json` prints it (CONTRACT section 7, plus a few useful extras). */
export interface TicketSummary {
  readonly number: string;
  readonly status: TicketStatus;
  readonly priority: Priority;
  readonly language: Language;
  readonly customer: string;
  readonly subject: string;
  readonly deadlines: { readonly takeCharge: string | null; readonly resolution: string | null };
  readonly urgent: boolean;
  readonly missingFields: readonly RequiredField[];
  readonly createdAt: string;
}

/** The summary of a ticket, instants shown in the zone of the ticket's calendar as in section 4. */
export function summarize(ticket: Ticket, desk: Desk): TicketSummary {
  const show = showIn(desk, ticket.calendarId);
  return {
    number: ticket.number,
    status: ticket.status,
    priority: ticket.priority,
    language: ticket.language,
    customer: ticket.customer,
    subject: ticket.subject,
    deadlines: {
      takeCharge: ticket.deadlines.takeCharge === null ? null : show(ticket.deadlines.takeCharge),
      resolution: ticket.deadlines.resolution === null ? null : show(ticket.deadlines.resolution),
    },
    urgent: ticket.urgent,
    missingFields: ticket.missingFields,
    createdAt: show(ticket.createdAt),
  };
}

/** Tickets as a fixed-width table for people, one line each, with a header. */
export function ticketTable(summaries: readonly TicketSummary[]): string[] {
  if (summaries.length === 0) return ['no tickets'];
  const rows = summaries.map((t) => [
    t.number,
    t.status,
    t.priority,
    t.language,
    t.deadlines.takeCharge ?? '-',
    t.deadlines.resolution ?? '-',
    t.customer,
    t.subject,
  ]);
  const header = [
    'number',
    'status',
    'priority',
    'lang',
    'take charge by',
    'resolve by',
    'customer',
    'subject',
  ];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ');
  return [line(header), ...rows.map(line)];
}

// A ticket whose calendar the desk no longer has still lists, in UTC.
function showIn(desk: Desk, calendarId: string): (at: Instant) => string {
  const calendar = desk.calendars.get(calendarId);
  return calendar ? (at) => formatInZone(calendar, at) : (at) => new Date(at).toISOString();
}
