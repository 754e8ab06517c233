import type { OperatorEmailPlan, PlannedStep } from './plan';

const STEP_WORDS: Readonly<Record<PlannedStep['kind'], string>> = {
  take: 'took in charge',
  expect: 'sent an expected resolution',
  resolve: 'resolved',
  close: 'closed',
  reopen: 'reopened',
  ask: 'asked the customer',
  reply: 'replied to the customer',
  note: 'added a note',
  priority: 'set the priority',
  assign: 'assigned',
  category: 'classified as',
  billable: 'marked billable',
  systems: 'set the connected systems',
  waive: 'waived',
  escalate: 'escalated',
  start: 'started work',
};

function stepText(step: PlannedStep): string {
  const words = STEP_WORDS[step.kind];
  if (step.kind === 'priority') return `${words} ${step.priority}`;
  if (step.kind === 'assign') return `${words} to ${step.address}`;
  if (step.kind === 'category') return `${words} ${step.category}`;
  if (step.kind === 'waive') return `${words} ${step.field}`;
  if (step.kind === 'escalate') return `${words} to team ${step.team}`;
  if ('words' in step && step.words && step.kind !== 'reply' && step.kind !== 'ask')
    return `${words}, with the text`;
  return words;
}

/** One line for the history: what the operator email did, or why it did nothing. */
export function describePlan(plan: OperatorEmailPlan): string {
  if (plan.kind === 'refused') {
    const v = plan.verdicts;
    return `refused: sender not authenticated (SPF ${v.spf}, DKIM ${v.dkim}, DMARC ${v.dmarc})`;
  }
  if (plan.kind === 'rejected') return `rejected: ${plan.problem}`;
  return plan.steps.map(stepText).join('; ');
}
