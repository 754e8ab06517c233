import { composeRefusedNotice, composeRejectedAnswer } from '../../compose/operator-answer';
import type { OperatorWords } from '../../compose/operator-words';
import { calendarOf } from '../../intake/sla-plan';
import { isAuthenticated, verdictsInHeaders } from '../../mail/sender-verdicts';
import { TicketRequestError, TicketStateError } from '../errors';
import { sendAndLog } from '../exactly-once/effects';
import { operatorStep, PLAN, STEP_FAILED } from '../exactly-once/recorded-steps';
import { recorded, recordStep } from '../exactly-once/step-log';
import { existingTicket, updateTicket } from '../exactly-once/update-ticket';
import {
  factsOf,
  type IngestContext,
  type IngestResult,
  logReceived,
  mailStepOf,
  NO_EFFECTS,
} from '../intake/ingest-context';
import type { LifecycleResult, StepRequest } from '../steps/lifecycle-run';
import { type OperatorStepInput, runOperatorStep } from '../steps/operator-steps';
import { readOperatorWords } from './commands';
import { describePlan } from './describe';
import { type OperatorEmailPlan, type PlannedStep, planOperatorEmail } from './plan';

/** The operator's files that go to the customer: attachments, not the inline images of a signature. */
function forwardedFiles(ctx: IngestContext): OperatorWords['attachments'] {
  return ctx.mail.attachments
    .filter((a) => !a.inline)
    .map((a) => ({ filename: a.filename ?? 'attachment', contentType: a.contentType, content: a.content }));
}

/** The plan an earlier attempt recorded, else the one made now (recorded, so a retry does the same). */
async function decidedPlan(ctx: IngestContext, number: string): Promise<OperatorEmailPlan> {
  const earlier = recorded(ctx.key, ctx.done, PLAN);
  if (earlier !== undefined) return earlier;
  const ticket = await existingTicket(ctx.ports.tickets, number);
  const verdicts = ctx.input.verdicts ?? verdictsInHeaders(ctx.mail.headers);
  const files = forwardedFiles(ctx);
  const zone = calendarOf(ctx.ports.desk, ticket.calendarId).timeZone;
  const plan = planOperatorEmail(
    ticket,
    readOperatorWords(ctx.mail.ownWords, zone),
    {
      authenticated: isAuthenticated(verdicts),
      verdicts,
      truncated: ctx.raw.truncated,
      files: files.length,
      fileBytes: files.reduce((sum, f) => sum + f.content.byteLength, 0),
    },
    ctx.ports.desk,
    ctx.attempt.now,
  );
  return recordStep(ctx.ports.work, ctx.key, PLAN, plan);
}

/** The step an operator's email planned, as the one step table takes it. */
function stepInput(step: PlannedStep): OperatorStepInput {
  switch (step.kind) {
    case 'take':
      return { action: 'take-charge', expectedAt: step.expectedAt };
    case 'expect':
      return { action: 'expect', at: step.at };
    case 'priority':
      return { action: 'priority', priority: step.priority };
    case 'assign':
      return { action: 'assign', assignee: step.address };
    case 'category':
      return { action: 'classify', category: step.category };
    case 'billable':
      return { action: 'bill' };
    case 'systems':
      return { action: 'systems', text: step.text };
    case 'waive':
      return { action: 'waive', field: step.field };
    case 'escalate':
      return { action: 'escalate', team: step.team };
    default:
      return { action: step.kind };
  }
}

function runStep(
  ctx: IngestContext,
  number: string,
  step: PlannedStep,
  request: StepRequest,
): Promise<LifecycleResult> {
  return runOperatorStep(ctx.ports, number, stepInput(step), request, ctx.attempt, ctx.settings);
}

async function answerOperator(
  ctx: IngestContext,
  number: string,
  sender: string,
  problem: string,
  step: string,
): Promise<void> {
  const ticket = await existingTicket(ctx.ports.tickets, number);
  const email = composeRejectedAnswer(ctx.ports.desk, ticket, sender, problem, {
    messageId: ctx.mail.messageId,
    seed: `${ctx.key}#${step}`,
  });
  await sendAndLog(ctx.ports, mailStepOf(ctx, step), number, {
    email,
    kind: 'operator-notice',
    at: ctx.attempt.now,
  });
}

/**
 * Carries out the steps in order, each recorded once done so a retry resumes after it. A step the
 * ticket refuses by the time it runs (another operator got there first) stops the email there and
 * is answered to the operator; a failure that may pass is thrown for the retry.
 */
async function carryOut(
  ctx: IngestContext,
  number: string,
  sender: string,
  plan: Extract<OperatorEmailPlan, { kind: 'act' }>,
): Promise<boolean> {
  const words: OperatorWords = { text: plan.text, attachments: forwardedFiles(ctx) };
  for (const [i, step] of plan.steps.entries()) {
    const def = operatorStep(i);
    const outcome = recorded(ctx.key, ctx.done, def);
    // A step an earlier attempt found refused ends the email there: only its answer may be left to send.
    if (outcome?.startsWith(STEP_FAILED)) {
      await answerOperator(ctx, number, sender, outcome.slice(STEP_FAILED.length), 'answer');
      return false;
    }
    if (outcome !== undefined) continue;
    const changeId = `${ctx.key}#${i}`;
    const withText = step.kind === 'note' || ('words' in step && step.words);
    const request: StepRequest = { actor: sender, changeId, ...(withText ? { words } : {}) };
    try {
      await runStep(ctx, number, step, request);
    } catch (error) {
      // Only the ticket's own refusal is the operator's to hear; any other failure is retried.
      if (!(error instanceof TicketRequestError || error instanceof TicketStateError)) throw error;
      await recordStep(ctx.ports.work, ctx.key, def, `${STEP_FAILED}${error.message}`);
      await answerOperator(ctx, number, sender, error.message, 'answer');
      return false;
    }
    await recordStep(ctx.ports.work, ctx.key, def, 'done');
  }
  return true;
}

/**
 * Operators are told of the first refused operator emails of a ticket; past that they are only
 * counted on the ticket (and kept in its history), so a forger cannot make the desk mail the
 * operators once per forged email.
 */
export const REFUSALS_TOLD = 3;

async function tellOfRefusal(
  ctx: IngestContext,
  number: string,
  sender: string,
  plan: Extract<OperatorEmailPlan, { kind: 'refused' }>,
): Promise<boolean> {
  const counted = await updateTicket(ctx.ports.tickets, number, `${ctx.key}#refused`, (t) => ({
    ...t,
    refusedOperatorEmails: (t.refusedOperatorEmails ?? 0) + 1,
  }));
  // A retry finds its count applied and reads the same or a later one: at worst it tells no one.
  if ((counted.refusedOperatorEmails ?? 0) > REFUSALS_TOLD) return false;
  const email = composeRefusedNotice(ctx.ports.desk, counted, sender, plan.verdicts, ctx.key);
  const sent = await sendAndLog(ctx.ports, mailStepOf(ctx, 'refused'), number, {
    email,
    kind: 'operator-notice',
    at: ctx.attempt.now,
  });
  return sent.sentNow;
}

/**
 * An email from one of the desk's operators on a ticket. Authenticated, its commands and text are
 * carried out as that operator (the customer gets the text, never the quoted notice); refused, it
 * changes nothing and the operators are told; rejected (a bad command), only the operator who sent
 * it is answered. Kept in the ticket's history with what it did, in every case. Exactly once.
 */
export async function applyOperatorEmail(ctx: IngestContext, number: string): Promise<IngestResult> {
  const sender = ctx.mail.from?.address ?? '';
  const plan = await decidedPlan(ctx, number);
  await logReceived(ctx, number, 'operator-email', describePlan(plan));
  const ticket = await existingTicket(ctx.ports.tickets, number);
  const result = (
    change: Extract<IngestResult, { outcome: 'reply' }>['change'],
    told: boolean,
  ): IngestResult => ({
    outcome: 'reply',
    ticket: number,
    ...factsOf(ticket),
    change,
    effects: { ...NO_EFFECTS, operatorsTold: told },
  });
  if (plan.kind === 'refused')
    return result('operator-refused', await tellOfRefusal(ctx, number, sender, plan));
  if (plan.kind === 'rejected') {
    await answerOperator(ctx, number, sender, plan.problem, 'answer');
    return result('operator-rejected', true);
  }
  const carried = await carryOut(ctx, number, sender, plan);
  return result(carried ? 'operator-acted' : 'operator-rejected', !carried);
}
