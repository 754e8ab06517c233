import { DateTime } from 'luxon';
import type { TicketView } from '../../lib/tickets';
import { safeJson, safeLine } from './terminal-safe';

/** An ISO instant as a short local time in `zone` (`2026-11-23 11:00`), or `-`. */
export function localTime(iso: string | null, zone: string): string {
  if (iso === null) return '-';
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).toFormat('yyyy-MM-dd HH:mm');
}

/** The ticket's flags as one cell: `urgent,out-of-hours,best-effort,billable`, or `-`. */
export function flagsOf(
  view: Pick<TicketView, 'urgent' | 'outOfHours' | 'bestEffort'> & Partial<Pick<TicketView, 'billable'>>,
): string {
  const flags = [
    view.urgent ? 'urgent' : null,
    view.outOfHours ? 'out-of-hours' : null,
    view.bestEffort ? 'best-effort' : null,
    view.billable ? 'billable' : null,
  ].filter((flag) => flag !== null);
  return flags.length > 0 ? flags.join(',') : '-';
}

const HEADER = [
  'number',
  'status',
  'priority',
  'flags',
  'tier',
  'lang',
  'category',
  'take charge by',
  'resolve by',
  'customer',
  'subject',
];

/**
 * Tickets as a fixed-width table for people, one line each under a header, in the order given
 * (the listing's: most urgent first), times in the desk's zone, which the last line names.
 */
export function ticketTable(views: readonly TicketView[]): string[] {
  if (views.length === 0) return ['no tickets'];
  const rows = views.map((t) => [
    t.number,
    t.status,
    t.priority,
    flagsOf(t),
    safeLine(t.tier),
    t.language,
    safeLine(t.category ?? '-'),
    localTime(t.deadlines.takeCharge, t.zone),
    localTime(t.deadlines.resolution, t.zone),
    safeLine(t.customer),
    safeLine(t.subject),
  ]);
  const widths = HEADER.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ');
  return [line(HEADER), ...rows.map(line), `times in ${views[0]!.zone}`];
}

/** The view with its customer text made safe to print (the JSON views print it too). */
export function safeView(view: TicketView): TicketView {
  return {
    ...view,
    customer: safeLine(view.customer),
    subject: safeLine(view.subject),
    tier: safeLine(view.tier),
    customerName: view.customerName === null ? null : safeLine(view.customerName),
    assignee: view.assignee === null ? null : safeLine(view.assignee),
    category: view.category === null ? null : safeLine(view.category),
    categoryName: view.categoryName === null ? null : safeLine(view.categoryName),
    billable: view.billable === null ? null : { ...view.billable, actor: safeLine(view.billable.actor) },
    connectedSystems: view.connectedSystems === null ? null : safeLine(view.connectedSystems),
    waived: view.waived.map((w) => ({ ...w, actor: safeLine(w.actor) })),
    team: view.team === null ? null : safeLine(view.team),
  };
}

/** `tickets list --json`: the views as a JSON array (CONTRACT section 7 fields, tier, flags, zone). */
export function ticketListJson(views: readonly TicketView[]): string {
  return safeJson(views.map(safeView));
}
