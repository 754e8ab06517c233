import type { TicketView } from '../lib/tickets';

/** Tickets as a fixed-width table for people, one line each, with a header. */
export function ticketTable(views: readonly TicketView[]): string[] {
  if (views.length === 0) return ['no tickets'];
  const rows = views.map((t) => [
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
