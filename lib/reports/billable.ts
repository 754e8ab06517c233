import type { Desk } from '../desk/desk';
import type { Instant } from '../domain/vocabulary';
import type { Ticket } from '../tickets/model/ticket';
import { byNameThenKey, customerOf } from './customer-of';

/** One customer's billable tickets of a period (policy B: handled first at the customer's request). */
export interface BillableLine {
  readonly customer: string;
  readonly name: string | null;
  /** Ticket numbers, in order. */
  readonly tickets: readonly string[];
}

/**
 * The tickets of a period marked billable by `at` (a mark made later had not happened), per
 * customer in customer order. Every ticket counts, best effort and awaiting information included:
 * billing does not depend on the SLA.
 */
export function billableLines(tickets: readonly Ticket[], desk: Desk, at: Instant): BillableLine[] {
  const byCustomer = new Map<string, { name: string | null; tickets: string[] }>();
  for (const ticket of tickets) {
    if (ticket.billable === undefined || ticket.billable.at > at) continue;
    const { key, name } = customerOf(ticket, desk);
    const line = byCustomer.get(key) ?? { name, tickets: [] };
    line.tickets.push(ticket.number);
    byCustomer.set(key, line);
  }
  return [...byCustomer]
    .sort(([a, x], [b, y]) => byNameThenKey({ key: a, name: x.name }, { key: b, name: y.name }))
    .map(([customer, line]) => ({ customer, name: line.name, tickets: [...line.tickets].sort() }));
}
