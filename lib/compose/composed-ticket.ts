import type { Instant, TicketStatus } from '../domain/vocabulary';
import type { Deadlines, TicketFields } from '../intake/decision';
import type { TargetState } from '../targets/state';

/**
 * What the emails read of a ticket: compose is given a ticket (lib/tickets' Ticket has all of
 * this) and never reaches into lib/tickets, whose model and rules (teams, recipients) the caller
 * applies before asking for an email.
 */
export interface ComposedTicket extends Omit<TicketFields, 'presentFields' | 'outOfHoursCover'> {
  readonly outOfHoursCover?: boolean;
  readonly number: string;
  readonly status: TicketStatus;
  /** Bare address the desk writes to. */
  readonly customer: string;
  readonly subject: string;
  /** The contract's two deadlines (CONTRACT section 4). */
  readonly deadlines: Deadlines;
  /** The named targets whose clocks started; absent on tickets stored before targets. */
  readonly targets?: readonly TargetState[];
  readonly expectedResolutionAt: Instant | null;
  /** Message-IDs of the customer's messages, oldest first: threading of customer emails. */
  readonly customerMessageIds: readonly string[];
  /** Message-IDs of the latest notices: threading of operator emails. */
  readonly noticeIds?: readonly string[];
  /** False when no credit was left (policy C): the notice flags it. */
  readonly creditConsumed?: boolean;
}
