import type { MessageLog } from '../../ports/message-log';
import type { TicketStore } from '../../ports/ticket-store';
import type { Ticket } from '../model/ticket';
import { AttemptHistory } from './attempt-history';

/**
 * The ticket store as one attempt sees it: a ticket the attempt created, read or saved is served
 * from memory on its next read, so a use case that reads a ticket between its steps pays for one
 * read, not one per step. Safe because every save is conditional on the version the ticket was
 * derived from: a change someone else made meanwhile fails the save (StaleTicketError), and the
 * ticket is then forgotten, so the reread that follows (updateTicket's) goes to the table.
 * One per attempt: never shared between attempts or messages.
 */
export class AttemptTickets implements TicketStore {
  private readonly known = new Map<string, Ticket>();

  constructor(private readonly store: TicketStore) {}

  nextSequence(year: number): Promise<number> {
    return this.store.nextSequence(year);
  }

  async create(ticket: Ticket): Promise<boolean> {
    const made = await this.store.create(ticket);
    // Not made: an earlier attempt made it, maybe not as this one would have: read it when asked.
    if (made) this.known.set(ticket.number, ticket);
    else this.known.delete(ticket.number);
    return made;
  }

  async get(number: string): Promise<Ticket | null> {
    const known = this.known.get(number);
    if (known) return known;
    const ticket = await this.store.get(number);
    if (ticket) this.known.set(number, ticket);
    return ticket;
  }

  async save(ticket: Ticket): Promise<void> {
    try {
      await this.store.save(ticket);
      this.known.set(ticket.number, ticket);
    } catch (error) {
      this.known.delete(ticket.number);
      throw error;
    }
  }
}

/**
 * The ports as one attempt uses them: tickets seen through its memory (AttemptTickets), history
 * written with its next write (AttemptHistory: flushHistory before the work is marked finished).
 * Ports already wrapped (a step run inside an ingestion) are the same attempt's.
 */
export function forOneAttempt<P extends { readonly tickets: TicketStore; readonly messages: MessageLog }>(
  ports: P,
): P {
  if (ports.tickets instanceof AttemptTickets) return ports;
  return {
    ...ports,
    tickets: new AttemptTickets(ports.tickets),
    messages: new AttemptHistory(ports.messages),
  };
}
