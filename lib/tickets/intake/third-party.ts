import { createHash } from 'node:crypto';
import type { Ticket } from '../model/ticket';

/**
 * Replies kept in a ticket's history from anyone but its customer (or from a sender that failed
 * authentication). Each is an item beside the ticket, so these caps do not protect the ticket's
 * item: they keep a stranger or a mail loop from burying the customer's conversation in hundreds
 * of notes, and bound what the desk stores for mail nobody asked for. Fifty is more than any real
 * conversation copies in; ten per sender lets a colleague write a few times, not a robot forever.
 */
export const THIRD_PARTY_MAX_PER_TICKET = 50;
/** Replies kept per sender on one ticket: see THIRD_PARTY_MAX_PER_TICKET. */
export const THIRD_PARTY_MAX_PER_SENDER = 10;

/** The ticket's replies from others, kept or only counted. Bounded: at most one entry per kept reply. */
export interface ThirdPartyTally {
  /** Replies kept in the ticket's history, as notes. */
  readonly kept: number;
  /** Replies past a cap: counted, not stored (their raw messages stay in the raw store). */
  readonly counted: number;
  /**
   * Replies kept per sender, by a short digest of the address: the tally stays small however
   * long the addresses, and the history holds who they were.
   */
  readonly bySender: Readonly<Record<string, number>>;
}

/** What becomes of a reply from someone other than the customer. */
export type ThirdPartyFate = 'kept' | 'counted';

const NONE: ThirdPartyTally = { kept: 0, counted: 0, bySender: {} };

/** The ticket's tally; zero on tickets stored before it was kept. */
export function thirdPartyTally(ticket: Ticket): ThirdPartyTally {
  return ticket.thirdParty ?? NONE;
}

/** A short, stable key for a sender address (case-insensitive); a message with no sender is one sender. */
export function senderKey(sender: string | null): string {
  return createHash('sha256')
    .update((sender ?? '').toLowerCase())
    .digest('hex')
    .slice(0, 16);
}

/** Kept while both the ticket's and the sender's caps have room, else only counted. */
export function thirdPartyFate(ticket: Ticket, sender: string | null): ThirdPartyFate {
  const tally = thirdPartyTally(ticket);
  const fromSender = tally.bySender[senderKey(sender)] ?? 0;
  const room = tally.kept < THIRD_PARTY_MAX_PER_TICKET && fromSender < THIRD_PARTY_MAX_PER_SENDER;
  return room ? 'kept' : 'counted';
}

/** The ticket with one more reply from `sender` in its tally, kept or counted. */
export function countThirdParty(ticket: Ticket, sender: string | null, fate: ThirdPartyFate): Ticket {
  const tally = thirdPartyTally(ticket);
  if (fate === 'counted') return { ...ticket, thirdParty: { ...tally, counted: tally.counted + 1 } };
  const key = senderKey(sender);
  const bySender = { ...tally.bySender, [key]: (tally.bySender[key] ?? 0) + 1 };
  return { ...ticket, thirdParty: { ...tally, kept: tally.kept + 1, bySender } };
}
