import type { Desk } from '../desk/desk';
import type { ComposedTicket } from './composed-ticket';
import { deskMessageId } from './message-id';

/**
 * Latest notices a ticket remembers for References. Bounded: the ticket's item must not grow with
 * the messages a customer sends, and mail clients thread on the first id and the last few.
 */
export const NOTICE_IDS_KEPT = 4;

/**
 * The Message-ID of a ticket's first notice (the created-notice), the root of its operators'
 * thread. It depends on the ticket number alone, so every later operator email can point at it,
 * even one sent before it in the same ingestion, and a retry writes the same id.
 */
export function noticeRootId(desk: Desk, ticketNumber: string): string {
  return deskMessageId(ticketNumber, 'notice', 'created', desk.fromAddress);
}

/** In-Reply-To and References of an operator email (`ownId`) in the ticket's thread of notices. */
export function noticeThreading(
  desk: Desk,
  ticket: ComposedTicket,
  ownId: string,
): { inReplyTo: string | null; references: string[] } {
  const root = noticeRootId(desk, ticket.number);
  if (ownId === root) return { inReplyTo: null, references: [] };
  const latest = (ticket.noticeIds ?? []).filter((id) => id !== root && id !== ownId);
  return { inReplyTo: root, references: [root, ...latest] };
}

/** The ticket's remembered notices with `id` added: the latest NOTICE_IDS_KEPT, oldest first. */
export function rememberNotice(ids: readonly string[] | undefined, id: string): string[] {
  const kept = (ids ?? []).filter((known) => known !== id);
  return [...kept, id].slice(-NOTICE_IDS_KEPT);
}
