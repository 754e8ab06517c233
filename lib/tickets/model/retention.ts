import type { Retention } from '../../desk/desk';
import type { Instant } from '../../domain/vocabulary';
import type { Ticket } from './ticket';

const DAY = 86_400_000;

/**
 * When a stored ticket may be forgotten: `ticketDays` after it was closed, or resolved and never
 * closed. A ticket still being worked on never expires, however old; a reopening clears it.
 */
export function ticketExpiry(ticket: Ticket, retention: Retention): Instant | null {
  if (ticket.status !== 'resolved' && ticket.status !== 'closed') return null;
  const ended = ticket.closedAt ?? ticket.resolvedAt;
  return ended === null ? null : ended + retention.ticketDays * DAY;
}

/**
 * When an item of a ticket's history (an email, an operator step, a thread-index entry) may be
 * forgotten: `ticketDays` after its own instant. Written once, it cannot follow its ticket's
 * closure; a ticket still open after that long keeps its item and loses its oldest history.
 */
export function historyExpiry(at: Instant, retention: Retention): Instant {
  return at + retention.ticketDays * DAY;
}
