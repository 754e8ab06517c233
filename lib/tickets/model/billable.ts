import { TicketRequestError } from '../errors';
import type { Ticket } from './ticket';

/**
 * Refuses to bill a ticket that asked for urgent handling (URGENTE already buys handling first
 * under the contract, policy B: it is not billed on top) or that is billable already.
 */
export function checkBillable(ticket: Ticket): void {
  if (ticket.urgent)
    throw new TicketRequestError(
      `ticket ${ticket.number} is urgent: it is handled first under the contract, not billed`,
    );
  if (ticket.billable)
    throw new TicketRequestError(
      `ticket ${ticket.number} is billable already (marked by ${ticket.billable.actor})`,
    );
}
