import { expect } from 'vitest';
import type { LocalDesk } from './local-desk';

/** One ticket of `support-desk tickets list --json`, the fields the tests read. */
export interface ListedTicket {
  readonly number: string;
  readonly status: string;
  readonly priority: string;
  readonly language: string;
  readonly customer: string;
  readonly subject: string;
  readonly deadlines: { readonly takeCharge: string | null; readonly resolution: string | null };
  readonly urgent: boolean;
  readonly missingFields: readonly string[];
}

/** Runs `tickets list --json` against the desk and parses its output. */
export async function listTickets(desk: LocalDesk): Promise<ListedTicket[]> {
  const result = await desk.cli(['tickets', 'list', '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ListedTicket[];
}

/** The one ticket of a customer (fails the test if there is not exactly one). */
export function ticketOf(tickets: readonly ListedTicket[], customer: string): ListedTicket {
  const found = tickets.filter((ticket) => ticket.customer === customer);
  expect(found, `tickets of ${customer}`).toHaveLength(1);
  return found[0]!;
}
