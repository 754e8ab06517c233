import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Retention } from '../desk/desk';
import { CorruptRecordError } from '../tickets/errors';
import { ticketExpiry } from '../tickets/model/retention';
import { nextDue, type Ticket } from '../tickets/model/ticket';
import { readTicket } from '../tickets/model/ticket-schema';
import { itemKey, NOTHING_DUE, TTL_ATTRIBUTE, ttlValue } from './ticket-table';

/** Partition key of a ticket and its messages. */
export function ticketPk(number: string): string {
  return `TICKET#${number}`;
}

/**
 * A ticket as a table item: the whole ticket as JSON in `doc` (read back through the schema),
 * plus the attributes the table and its index need at the top level, and, under a retention, the
 * TTL of a finished ticket (a put replaces the item, so a reopened ticket loses it).
 */
export function toTicketItem(ticket: Ticket, retention?: Retention): Record<string, AttributeValue> {
  const expiry = retention ? ticketExpiry(ticket, retention) : null;
  return {
    ...itemKey(ticketPk(ticket.number), 'TICKET'),
    number: { S: ticket.number },
    status: { S: ticket.status },
    dueAt: { N: String(nextDue(ticket) ?? NOTHING_DUE) },
    customer: { S: ticket.customer },
    version: { N: String(ticket.version) },
    doc: { S: JSON.stringify(ticket) },
    ...(expiry === null ? {} : { [TTL_ATTRIBUTE]: ttlValue(expiry) }),
  };
}

/** The ticket held by a table item; CorruptRecordError naming the item and field when it is unreadable. */
export function fromTicketItem(item: Record<string, AttributeValue>): Ticket {
  const key = item.pk?.S ?? '(no key)';
  const read = readTicket(itemDoc(item, key));
  if ('problem' in read) throw new CorruptRecordError(key, read.problem);
  return read.ticket;
}

/** The JSON an item holds in `doc`, parsed; CorruptRecordError naming the item (`key`) when it is missing or not JSON. */
export function itemDoc(item: Record<string, AttributeValue>, key: string): unknown {
  const doc = item.doc?.S;
  if (doc === undefined) throw new CorruptRecordError(key, 'doc: missing');
  try {
    return JSON.parse(doc);
  } catch {
    throw new CorruptRecordError(key, 'doc: not JSON');
  }
}
