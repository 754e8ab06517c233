import { capUtf8 } from '../intake/received-content';
import { boundApplied } from './applied-changes';
import type { Note, Ticket } from './ticket';

/**
 * What keeps a ticket's item far under DynamoDB's 400 KB whatever arrives: every list on it is
 * bounded here, where every save passes (updateTicket, newTicket). Bodies and history are items
 * beside the ticket (lib/aws/dynamo-message-log.ts); the ticket keeps only what it acts on.
 */

/**
 * Customer Message-IDs kept after the first: replies thread on the latest and References carries
 * the first and the last few (RFC 5322 3.6.4 allows dropping the middle).
 */
export const CUSTOMER_IDS_LATEST = 10;
/** A Message-ID longer than this is not kept for threading (real ones are well under 100 characters). */
export const MESSAGE_ID_MAX = 255;
/** Notes kept from the start of the ticket (why it is as it is: unverified sender, oversize, unknown reference). */
export const NOTES_FIRST = 3;
/** Latest notes kept after those. */
export const NOTES_LATEST = 5;
/** Longest note text kept, in UTF-8 bytes. */
export const NOTE_MAX_BYTES = 2048;

/**
 * Escalations kept after the first: the latest ones start the targets of the team the ticket is
 * with; a ticket bounced between teams for months must not grow its item.
 */
export const ESCALATIONS_LATEST = 9;

/** The first and the latest `latest` items, in order; all of them when there are no more. */
export function firstAndLatest<T>(items: readonly T[], first: number, latest: number): T[] {
  if (items.length <= first + latest) return [...items];
  return [...items.slice(0, first), ...items.slice(-latest)];
}

function boundedNote(note: Note): Note {
  const capped = capUtf8(note.text, NOTE_MAX_BYTES);
  return capped.cut ? { ...note, text: capped.text } : note;
}

/** The ticket with every growing list cut to its bound. */
export function boundedTicket(ticket: Ticket): Ticket {
  const ids = ticket.customerMessageIds.filter((id) => id.length <= MESSAGE_ID_MAX);
  return {
    ...ticket,
    customerMessageIds: firstAndLatest(ids, 1, CUSTOMER_IDS_LATEST),
    notes: firstAndLatest(ticket.notes, NOTES_FIRST, NOTES_LATEST).map(boundedNote),
    applied: boundApplied(ticket.applied),
    ...(ticket.escalations === undefined
      ? {}
      : { escalations: firstAndLatest(ticket.escalations, 1, ESCALATIONS_LATEST) }),
  };
}
