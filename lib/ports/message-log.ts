import type { TicketMessage } from '../tickets/message';

/** Port: every ticket's email history, and the index from Message-IDs to tickets used to thread replies. */
export interface MessageLog {
  /** Appends a message and indexes its Message-IDs; appending the same message id again changes nothing. */
  append(message: TicketMessage): Promise<void>;
  /** Number of the ticket any of these Message-IDs belongs to (earliest given first), or null. */
  findTicket(messageIds: readonly string[]): Promise<string | null>;
  /** The ticket's messages, oldest first. */
  history(ticket: string): Promise<TicketMessage[]>;
}
