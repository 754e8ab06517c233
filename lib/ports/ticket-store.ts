import type { Instant, TicketStatus } from '../domain/vocabulary';
import type { Ticket } from '../tickets/model/ticket';

/** Port: tickets and their numbers (DynamoDB on AWS and, through dynalite, on the local desk). */
export interface TicketStore {
  /** Takes the next sequence number of `year` from an atomic counter (1, 2, ...); never returns one twice. */
  nextSequence(year: number): Promise<number>;
  /** Stores a new ticket; false (and nothing written) when one with that number exists already. */
  create(ticket: Ticket): Promise<boolean>;
  /** The ticket with that number, or null. */
  get(number: string): Promise<Ticket | null>;
  /** Replaces the ticket if the stored one is still at `ticket.version - 1`; else throws StaleTicketError. */
  save(ticket: Ticket): Promise<void>;
}

/** Which tickets a listing wants. */
export interface TicketFilter {
  /** Only these statuses; all when omitted. */
  readonly statuses?: readonly TicketStatus[];
  /** Only tickets whose next pending deadline falls before this instant. */
  readonly dueBefore?: Instant;
}

/** Port: reading many tickets at once (the operator CLI, reports). */
export interface TicketQuery {
  /** Tickets matching the filter, the ones whose next deadline is nearest first, then those with none. */
  list(filter?: TicketFilter): Promise<Ticket[]>;
}
