import type { Instant } from '../../domain/vocabulary';
import type { MessageLog } from '../../ports/message-log';
import type { OperatorAction, OperatorStepRecord, StepFacts } from '../model/operator-step';
import type { Ticket } from '../model/ticket';

/** Who asked for a step and when: the facts of the step that took `before` to `after`. */
export function stepFacts(
  step: {
    readonly id: string;
    readonly action: OperatorAction;
    readonly actor: string;
    readonly at: Instant;
  },
  before: Ticket,
  after: Ticket,
  detail?: string,
): StepFacts {
  const setsExpectation = step.action === 'take-charge' || step.action === 'expect';
  return {
    ...step,
    from: before.status,
    to: after.status,
    expectedResolutionAt: setsExpectation ? after.expectedResolutionAt : null,
    resolutionDeadline:
      step.action === 'reopen' || step.action === 'priority' ? after.deadlines.resolution : null,
    ...(detail === undefined ? {} : { detail }),
  };
}

/** The ticket's latest step as a history item, or null when no operator step is remembered on it. */
export function latestStepRecord(ticket: Ticket): OperatorStepRecord | null {
  return ticket.lastStep ? { ticket: ticket.number, ...ticket.lastStep } : null;
}

/**
 * Logs the ticket's latest step beside it, as the ticket saved it (first record wins), so a
 * retry by another operator or at another time still logs who did it and when. Safe to repeat.
 */
export async function logLatestStep(messages: MessageLog, ticket: Ticket, id?: string): Promise<void> {
  const record = latestStepRecord(ticket);
  if (record !== null && (id === undefined || record.id === id)) await messages.appendStep(record);
}
