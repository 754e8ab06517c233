import type { TicketStatus } from '../../domain/vocabulary';
import type { OperatorAction } from './operator-step';

const NOT_CLOSED: readonly TicketStatus[] = [
  'awaiting-info',
  'open',
  'in-progress',
  'awaiting-customer',
  'resolved',
];

/**
 * The statuses each operator step may start from: one table, read by the steps themselves and by
 * the check of an operator email's whole command list before any of it runs.
 */
export const ALLOWED_FROM: Readonly<Record<OperatorAction, readonly TicketStatus[]>> = {
  'take-charge': ['awaiting-info', 'open'],
  // Resolving or closing a ticket that waits for the customer ends its pause there.
  resolve: ['awaiting-info', 'open', 'in-progress', 'awaiting-customer'],
  close: NOT_CLOSED,
  reopen: ['resolved', 'closed'],
  // A closed ticket is done: the customer's next email opens a follow-up.
  reply: NOT_CLOSED,
  note: [...NOT_CLOSED, 'closed'],
  expect: ['in-progress'],
  // A question pauses both clocks until the customer answers; one at a time.
  ask: ['open', 'in-progress'],
  // Only while deadlines are ahead and running (a paused ticket's move when the customer answers).
  priority: ['awaiting-info', 'open', 'in-progress'],
  assign: NOT_CLOSED,
  // A category is for the record and the reports: it may be corrected after closing too.
  classify: [...NOT_CLOSED, 'closed'],
  // Billing buys handling first: only while the ticket is still to be worked on.
  bill: ['awaiting-info', 'open', 'in-progress', 'awaiting-customer'],
  systems: NOT_CLOSED,
  // Only an incomplete request misses anything.
  waive: ['awaiting-info'],
  // Handing a ticket on is for one still being worked: a resolved one is reopened first.
  escalate: ['awaiting-info', 'open', 'in-progress', 'awaiting-customer'],
  // Work starts on a ticket taken in charge (take it in charge first: `#take` then `#start`).
  start: ['in-progress'],
};

/**
 * A reply on these takes the ticket in charge first: answering the customer is taking charge. Not
 * on an awaiting-info ticket: there the operator is most likely saying what is still missing, and
 * taking charge would need the missing fields waived (model/waiver.ts).
 */
export const NOT_TAKEN: readonly TicketStatus[] = ['open'];
