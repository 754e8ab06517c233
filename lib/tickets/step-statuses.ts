import type { TicketStatus } from '../domain/vocabulary';
import type { OperatorAction } from './operator-step';

const NOT_CLOSED: readonly TicketStatus[] = ['awaiting-info', 'open', 'in-progress', 'resolved'];

/**
 * The statuses each operator step may start from: one table, read by the steps themselves and by
 * the check of an operator email's whole command list before any of it runs.
 */
export const ALLOWED_FROM: Readonly<Record<OperatorAction, readonly TicketStatus[]>> = {
  'take-charge': ['awaiting-info', 'open'],
  resolve: ['awaiting-info', 'open', 'in-progress'],
  close: NOT_CLOSED,
  reopen: ['resolved', 'closed'],
  // A closed ticket is done: the customer's next email opens a follow-up.
  reply: NOT_CLOSED,
  note: [...NOT_CLOSED, 'closed'],
  expect: ['in-progress'],
  // Only while deadlines are ahead.
  priority: ['awaiting-info', 'open', 'in-progress'],
  assign: NOT_CLOSED,
};

/** A reply on these takes the ticket in charge first: answering the customer is taking charge. */
export const NOT_TAKEN: readonly TicketStatus[] = ['awaiting-info', 'open'];
