import type { TicketMessage } from '../tickets/model/message';
import type { OperatorStepRecord } from '../tickets/model/operator-step';

/**
 * Port: every ticket's history beside the ticket (its emails and its operator steps, one item
 * each), and the index from Message-IDs to tickets used to thread replies.
 */
export interface MessageLog {
  /** Appends a message and indexes its Message-IDs; appending the same message id again changes nothing. */
  append(message: TicketMessage): Promise<void>;
  /** Number of the ticket any of these Message-IDs belongs to (earliest given first), or null. */
  findTicket(messageIds: readonly string[]): Promise<string | null>;
  /** The ticket's messages, oldest first. */
  history(ticket: string): Promise<TicketMessage[]>;
  /** Logs an operator step; logging the same step id again changes nothing (the first one stays). */
  appendStep(step: OperatorStepRecord): Promise<void>;
  /** The ticket's operator steps, oldest first. */
  steps(ticket: string): Promise<OperatorStepRecord[]>;
}
