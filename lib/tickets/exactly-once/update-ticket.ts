import type { TicketStore } from '../../ports/ticket-store';
import { StaleTicketError, TicketNotFoundError } from '../errors';
import type { Ticket } from '../model/ticket';
import { boundedTicket } from '../model/ticket-bounds';

/** The stored ticket; TicketNotFoundError when no ticket carries that number. */
export async function existingTicket(tickets: TicketStore, number: string): Promise<Ticket> {
  const ticket = await tickets.get(number);
  if (!ticket) throw new TicketNotFoundError(number);
  return ticket;
}

/** Concurrent writers to one ticket are rare (an operator and a reply); a few rereads settle it. */
const MAX_ATTEMPTS = 5;

/**
 * Applies a change to the stored ticket once: `changeId` is remembered on the ticket (among the
 * latest, see applied-changes.ts), so a retried use case finds it applied and skips it. Every
 * save passes here and is cut to the ticket's bounds (ticket-bounds.ts). Rereads and reapplies on a concurrent save.
 * Returns the ticket as stored after the change (or as found, when it was applied before).
 * `known` is the ticket as the caller just read it, tried first.
 */
export async function updateTicket(
  tickets: TicketStore,
  number: string,
  changeId: string,
  change: (ticket: Ticket) => Ticket,
  known?: Ticket,
): Promise<Ticket> {
  for (let attempt = 1; ; attempt++) {
    // The caller's fresh read saves one: a stale one only costs the save it fails.
    const current = attempt === 1 && known ? known : await existingTicket(tickets, number);
    if (current.applied.includes(changeId)) return current;
    const next = boundedTicket({
      ...change(current),
      applied: [...current.applied, changeId],
      version: current.version + 1,
    });
    try {
      await tickets.save(next);
      return next;
    } catch (error) {
      if (!(error instanceof StaleTicketError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
