import {
  type Attempt,
  closeTicket,
  DEFAULT_WORK_SETTINGS,
  type LifecycleResult,
  reopenTicket,
  resolveTicket,
  type TakeChargeRequest,
  type TicketPorts,
  takeCharge,
} from '../../lib/tickets';

/** The operator's steps on a ticket, by their CLI names. */
export const OPERATOR_STEPS = ['take-charge', 'resolve', 'close', 'reopen'] as const;
export type OperatorStep = (typeof OPERATOR_STEPS)[number];

/** True for a CLI word naming an operator step. */
export function isOperatorStep(word: string): word is OperatorStep {
  return (OPERATOR_STEPS as readonly string[]).includes(word);
}

/** Runs one step through issue-4's lifecycle use cases (which tell the customer), as `request.actor`. */
export function runOperatorStep(
  step: OperatorStep,
  ports: TicketPorts,
  number: string,
  attempt: Attempt,
  request: TakeChargeRequest,
): Promise<LifecycleResult> {
  const settings = DEFAULT_WORK_SETTINGS;
  if (step === 'take-charge') return takeCharge(ports, number, request, attempt, settings);
  if (step === 'resolve') return resolveTicket(ports, number, request, attempt, settings);
  if (step === 'close') return closeTicket(ports, number, request, attempt, settings);
  return reopenTicket(ports, number, request, attempt, settings);
}

/** One line saying what the step did: `2026-000042 in-progress, customer told`. */
export function describeStep(result: LifecycleResult): string {
  const what = result.changed ? result.ticket.status : `${result.ticket.status} already`;
  return `${result.ticket.number} ${what}${result.notified ? ', customer told' : ''}`;
}
