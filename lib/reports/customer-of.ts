import type { Desk } from '../desk/desk';
import type { Ticket } from '../tickets/model/ticket';

/** Whom a ticket is for, as the report counts customers: one configured entry, or one unknown address. */
export interface ReportCustomer {
  /** The customer entry's `match` (an address or a domain), or the sender's address when no entry matched. */
  readonly key: string;
  /** The name the desk knows the customer by (today's desk file first, then the one the ticket kept); null when none. */
  readonly name: string | null;
}

/**
 * The ticket's customer: the entry its terms matched at receipt (so a domain entry is one customer
 * however many addresses write), named as today's desk file names it; else the bare address.
 */
export function customerOf(ticket: Ticket, desk: Desk): ReportCustomer {
  const match = ticket.terms.match;
  if (match === null) return { key: ticket.customer.toLowerCase(), name: null };
  const entry = desk.customers.find((c) => c.match === match);
  return { key: match, name: entry?.name ?? ticket.terms.name };
}

/** The order people look customers (and groups) up in: by name, or key when unnamed, then key. */
export function byNameThenKey(a: ReportCustomer, b: ReportCustomer): number {
  const [x, y] = [a.name ?? a.key, b.name ?? b.key];
  if (x !== y) return x < y ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
