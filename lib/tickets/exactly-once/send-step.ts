import { type OutgoingEmail, ownMessageIdOf, renderMime } from '../../compose/outgoing-email';
import type { Instant } from '../../domain/vocabulary';
import type { OutgoingMail } from '../../ports/mail-sender';
import type { HistoryEntries, MessageLog } from '../../ports/message-log';
import { TicketError } from '../errors';

/** What a send step leaves behind: the ids replies may point at, and whether this attempt sent it. */
export interface SendOutcome {
  readonly threadIds: readonly string[];
  readonly sentNow: boolean;
}

/** The composed email as the mail port takes it: raw MIME bytes and its own Message-ID. */
export async function toOutgoingMail(email: OutgoingEmail, now: Instant): Promise<OutgoingMail> {
  return {
    from: email.from,
    to: email.to,
    raw: await renderMime(email, now),
    messageId: ownMessageIdOf(email),
  };
}

const WRITE_ATTEMPTS = 4;

/**
 * Writes history that records an email SES has accepted, trying again on a transient failure: SES
 * has no idempotency key, so once it has accepted an email, losing the record would mean sending
 * it twice.
 */
export async function appendSurely(messages: MessageLog, entries: HistoryEntries): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await messages.appendAll(entries);
    } catch (error) {
      const retryable = error instanceof TicketError && error.retryable;
      if (!retryable || attempt >= WRITE_ATTEMPTS) throw error;
    }
  }
}
