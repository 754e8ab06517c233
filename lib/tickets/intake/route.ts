import type { ThreadInfo } from '../../intake/decision';
import type { MessageLog } from '../../ports/message-log';
import type { TicketStore } from '../../ports/ticket-store';
import type { Ticket } from '../model/ticket';

/** Where a message that is not automatic goes: onto an existing ticket, or into a new one. */
export type Route =
  | { readonly kind: 'reply'; readonly ticket: string }
  /** An email from one of the desk's operators on a ticket, whatever its status: commands and text. */
  | { readonly kind: 'operator'; readonly ticket: string }
  | { readonly kind: 'create'; readonly note: string | null };

/** The ticket a message refers to: its subject token first, then In-Reply-To, then References (newest first). */
async function referredTicket(thread: ThreadInfo, ports: RoutePorts): Promise<Ticket | null> {
  const byToken = thread.token ? await ports.tickets.get(thread.token) : null;
  if (byToken) return byToken;
  const ids = [...thread.inReplyTo, ...[...thread.references].reverse()];
  const number = await ports.messages.findTicket(ids);
  return number ? ports.tickets.get(number) : null;
}

/** The ports routing reads. */
export interface RoutePorts {
  readonly tickets: TicketStore;
  readonly messages: MessageLog;
}

/**
 * Routes a message: an operator's on a ticket is an operator email; a reply to a live ticket goes
 * onto it; one to a closed ticket opens a follow-up; a token of no known ticket makes a new ticket
 * that notes the unknown reference.
 */
export async function routeMessage(
  thread: ThreadInfo,
  ports: RoutePorts,
  fromOperator = false,
): Promise<Route> {
  const target = await referredTicket(thread, ports);
  if (target && fromOperator) return { kind: 'operator', ticket: target.number };
  if (target && target.status !== 'closed') return { kind: 'reply', ticket: target.number };
  if (target) return { kind: 'create', note: `follow-up of closed ticket ${target.number}` };
  if (thread.token) return { kind: 'create', note: `reference to unknown ticket ${thread.token}` };
  return { kind: 'create', note: null };
}
