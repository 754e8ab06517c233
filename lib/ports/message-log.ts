import type { TicketMessage } from '../tickets/model/message';
import type { OperatorStepRecord } from '../tickets/model/operator-step';

/**
 * Port: every ticket's history beside the ticket (its emails and its operator steps, one item
 * each), and the index from Message-IDs to tickets used to thread replies.
 */
/** Messages and operator steps written together (MessageLog.appendAll). */
export interface HistoryEntries {
  readonly messages: readonly TicketMessage[];
  readonly steps: readonly OperatorStepRecord[];
}

export interface MessageLog {
  /** Appends a message and indexes its Message-IDs; appending the same message id again changes nothing. */
  append(message: TicketMessage): Promise<void>;
  /**
   * Writes messages (their Message-IDs indexed) and operator steps together, in as few calls as
   * the store allows (one per 25 items on DynamoDB), all of them or a retryable error. Each
   * replaces an item of the same id: for items a retry rebuilds the same (ids and instants
   * settled by then), as an attempt's own history is.
   */
  appendAll(entries: HistoryEntries): Promise<void>;
  /** The ticket's message with this id, or null (read consistently: an attempt's own earlier write is seen). */
  find(ticket: string, id: string): Promise<TicketMessage | null>;
  /** Number of the ticket any of these Message-IDs belongs to (earliest given first), or null. */
  findTicket(messageIds: readonly string[]): Promise<string | null>;
  /** The ticket's messages, oldest first. */
  history(ticket: string): Promise<TicketMessage[]>;
  /** Logs an operator step; logging the same step id again changes nothing (the first one stays). */
  appendStep(step: OperatorStepRecord): Promise<void>;
  /** The ticket's operator steps, oldest first. */
  steps(ticket: string): Promise<OperatorStepRecord[]>;
}
