import { type Instant, TICKET_STATUSES, type TicketStatus } from '../../domain/vocabulary';
import { onFirstUse } from '../../on-first-use';
import * as z from '../../zod-mini';

/** The operator steps of a ticket's life, by their CLI names. */
export const OPERATOR_ACTIONS = [
  'take-charge',
  'resolve',
  'close',
  'reopen',
  'ask',
  'reply',
  'note',
  'expect',
  'priority',
  'assign',
  'classify',
  'bill',
  'systems',
  'waive',
  'escalate',
  'start',
] as const;
export type OperatorAction = (typeof OPERATOR_ACTIONS)[number];

/**
 * One operator step as the ticket remembers its latest: who, when, what it set. The ticket holds
 * only the latest (so its item never grows with the steps); every one is logged beside it.
 */
export interface StepFacts {
  /** The change id of the step on the ticket (`take-charge#3`): unique within the ticket. */
  readonly id: string;
  readonly action: OperatorAction;
  /** Operator address, lower case. */
  readonly actor: string;
  readonly at: Instant;
  readonly from: TicketStatus;
  readonly to: TicketStatus;
  /** Take-charge: the resolution time the customer was told; else null. */
  readonly expectedResolutionAt: Instant | null;
  /** Reopen and priority: the new resolution deadline; else null. */
  readonly resolutionDeadline: Instant | null;
  /** What the step set, when its action does not say it (`P1`, the assignee). */
  readonly detail?: string;
}

/** One operator step in a ticket's history: an item of its own beside the ticket. */
export interface OperatorStepRecord extends StepFacts {
  readonly ticket: string;
}

/** Shape of the step facts, as the ticket schema and the step items store them (built on first use). */
export const stepFactsSchema = onFirstUse(() => {
  const maybeInstant = z.nullable(z.number().check(z.int()));
  return z.object({
    id: z.string(),
    action: z.enum(OPERATOR_ACTIONS),
    actor: z.string(),
    at: z.number().check(z.int()),
    from: z.enum(TICKET_STATUSES),
    to: z.enum(TICKET_STATUSES),
    expectedResolutionAt: maybeInstant,
    resolutionDeadline: maybeInstant,
    detail: z.optional(z.string()),
  }) satisfies z.ZodMiniType<StepFacts>;
});

const stepSchema = onFirstUse(
  () =>
    z.extend(stepFactsSchema(), {
      ticket: z.string(),
    }) satisfies z.ZodMiniType<OperatorStepRecord>,
);

/** Reads a stored step document; returns the problem (field path and why) instead of throwing. */
export function readOperatorStep(doc: unknown): { step: OperatorStepRecord } | { problem: string } {
  const result = stepSchema().safeParse(doc);
  if (result.success) return { step: result.data };
  const issue = result.error.issues[0];
  return { problem: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid' };
}
