import type { Desk } from '../desk/desk';
import type { Ticket } from '../tickets/model/ticket';
import { customerOf } from './customer-of';

/**
 * What the report can group tickets by: the priority; the team the ticket is with; its category;
 * its customer; the calendar its deadlines run on (policy E: the customer's region).
 */
export const GROUP_DIMENSIONS = ['priority', 'team', 'category', 'customer', 'calendar'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** The group a ticket falls in along one dimension. */
export interface GroupKey {
  /** The priority, team, category, customer key or calendar id; null when the ticket has none (no team, no category). */
  readonly key: string | null;
  /** A name for people where the desk knows one (a customer's), else null. */
  readonly name: string | null;
}

/** The group of `ticket` along `dimension`; team and category are absent on tickets that never had them. */
export function groupKeyOf(ticket: Ticket, dimension: GroupDimension, desk: Desk): GroupKey {
  switch (dimension) {
    case 'priority':
      return { key: ticket.priority, name: null };
    case 'team':
      return { key: ticket.team ?? null, name: null };
    case 'category':
      return { key: ticket.category ?? null, name: null };
    case 'customer':
      return customerOf(ticket, desk);
    case 'calendar':
      return { key: ticket.calendarId, name: null };
  }
}
