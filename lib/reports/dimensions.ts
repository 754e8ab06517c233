import type { Desk } from '../desk/desk';
import { currentTeam } from '../tickets/model/team';
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
  /** The priority, team, category, customer key or calendar id; null when the ticket has none (no category; no team on a desk without teams). */
  readonly key: string | null;
  /** A name for people where the desk knows one (a customer's), else null. */
  readonly name: string | null;
}

/**
 * The group of `ticket` along `dimension`: the team it is with (its own, else the desk's intake
 * team); a category only once an operator gave one.
 */
export function groupKeyOf(ticket: Ticket, dimension: GroupDimension, desk: Desk): GroupKey {
  switch (dimension) {
    case 'priority':
      return { key: ticket.priority, name: null };
    case 'team':
      // A ticket never escalated is with the intake team; (none) only on a desk without teams.
      return { key: currentTeam(desk, ticket), name: null };
    case 'category':
      return { key: ticket.category ?? null, name: null };
    case 'customer':
      return customerOf(ticket, desk);
    case 'calendar':
      return { key: ticket.calendarId, name: null };
  }
}
