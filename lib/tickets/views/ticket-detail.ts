import type { Instant } from '../../domain/vocabulary';
import type { TicketPorts } from '../deps';
import { existingTicket } from '../exactly-once/update-ticket';
import type { TicketMessage } from '../model/message';
import type { OperatorStepRecord } from '../model/operator-step';
import type { Ticket } from '../model/ticket';
import { latestStepRecord } from '../steps/step-log';
import { type TicketView, ticketView } from './ticket-view';

/** One entry of a ticket's history: an email in or out, or an operator step. */
export type HistoryEntry =
  | { readonly type: 'message'; readonly at: Instant; readonly message: TicketMessage }
  | { readonly type: 'step'; readonly at: Instant; readonly step: OperatorStepRecord };

/** The whole ticket with its history, for `tickets show`. */
export interface TicketDetail {
  readonly ticket: Ticket;
  /** The ticket as the listing shows it (tier, flags, ISO instants, the desk's zone). */
  readonly view: TicketView;
  /** Every email received and sent, oldest first. */
  readonly messages: readonly TicketMessage[];
  /** Every operator step, oldest first. */
  readonly steps: readonly OperatorStepRecord[];
  /** Messages and steps together, in time order (a step before the emails of its instant: it caused them). */
  readonly history: readonly HistoryEntry[];
}

/**
 * The ticket, its emails and its operator steps; TicketNotFoundError when there is none. A step
 * saved on the ticket whose logging the command did not get to is shown all the same.
 */
export async function ticketDetail(
  ports: Pick<TicketPorts, 'desk' | 'tickets' | 'messages'>,
  number: string,
): Promise<TicketDetail> {
  const ticket = await existingTicket(ports.tickets, number);
  const [messages, logged] = await Promise.all([
    ports.messages.history(number),
    ports.messages.steps(number),
  ]);
  const latest = latestStepRecord(ticket);
  const steps = latest && !logged.some((s) => s.id === latest.id) ? [...logged, latest] : logged;
  const history: HistoryEntry[] = [
    ...messages.map((message) => ({ type: 'message' as const, at: message.at, message })),
    ...steps.map((step) => ({ type: 'step' as const, at: step.at, step })),
  ].sort((a, b) => a.at - b.at || (a.type === b.type ? 0 : a.type === 'step' ? -1 : 1));
  return { ticket, view: ticketView(ticket, ports.desk), messages, steps, history };
}
