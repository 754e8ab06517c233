import { REQUIRED_FIELDS, type RequiredField } from '../../domain/vocabulary';
import { TicketRequestError } from '../errors';
import type { Ticket } from './ticket';

/** The required field an operator names (`url`, `detectedat`: any case), or null for none. */
export function findRequiredField(text: string): RequiredField | null {
  const wanted = text.trim().toLowerCase();
  return REQUIRED_FIELDS.find((f) => f.toLowerCase() === wanted) ?? null;
}

/** A required field as an operator names it; refused, listing the names, otherwise. */
export function requiredFieldOf(text: string): RequiredField {
  const field = findRequiredField(text);
  if (field) return field;
  const wanted = text.trim().toLowerCase();
  throw new TicketRequestError(
    `unknown field ${JSON.stringify(wanted.slice(0, 40))}: expected one of ${REQUIRED_FIELDS.join(', ')}`,
  );
}

/** Refuses to waive a field the ticket does not miss (`missing`: what it misses at that point). */
export function checkWaivable(number: string, missing: readonly RequiredField[], field: RequiredField): void {
  if (missing.includes(field)) return;
  const now = missing.length > 0 ? `missing: ${missing.join(', ')}` : 'nothing is missing';
  throw new TicketRequestError(`ticket ${number} does not miss ${field} (${now})`);
}

/**
 * Taking charge of a request still missing information would start no clock at all (no deadline,
 * no reminder): the operator waives what they can do without, or waits for the customer.
 */
export function checkTakeable(ticket: Pick<Ticket, 'number' | 'missingFields'>): void {
  if (ticket.missingFields.length === 0) return;
  throw new TicketRequestError(
    `ticket ${ticket.number} still misses ${ticket.missingFields.join(', ')}: waive them first (#waive FIELD, tickets waive N FIELD) or wait for the customer's reply`,
  );
}
