import { PRIORITIES, REQUIRED_FIELDS } from '../../domain/vocabulary';
import type { CreditUse } from '../../ports/credit-ledger';
import * as z from '../../zod-mini';
import type { ReplyChange } from '../intake/reply-change';
import type { Route } from '../intake/route';
import type { ThirdPartyFate } from '../intake/third-party';
import { schemaParts } from '../model/schema-parts';
import type { OperatorEmailPlan, PlannedStep } from '../operator-mail/plan';
import { stepDef, stepFamily } from './step-log';

// Every step a unit of work records, by name, with the schema of its result: the one place a
// step's name and its result's shape are written down (step-log.ts reads and records them). Each
// schema is built when a step of its kind is first read or recorded: none at import.

const routeSchema = () =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('reply'), ticket: z.string() }),
    z.object({ kind: z.literal('operator'), ticket: z.string() }),
    z.object({ kind: z.literal('create'), note: z.nullable(z.string()) }),
  ]) satisfies z.ZodMiniType<Route>;

const replyChangeSchema = () => {
  const { instant, maybeInstant, reminderKind, deadlines, targetStates: targets } = schemaParts();
  const reminders = z.array(z.object({ at: instant, kind: reminderKind }));
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('appended') }),
    z.object({ kind: z.literal('still-missing'), missing: z.array(z.enum(REQUIRED_FIELDS)) }),
    z.object({ kind: z.literal('completed'), clockStart: instant, deadlines, reminders, targets }),
    z.object({ kind: z.literal('reopened'), at: instant, resolution: maybeInstant, targets }),
    z.object({
      kind: z.literal('resumed'),
      at: instant,
      pause: z.number().check(z.int(), z.positive()),
      status: z.enum(['open', 'in-progress'] as const),
      deadlines,
      targets,
      reminders,
    }),
  ]) satisfies z.ZodMiniType<ReplyChange>;
};

const plannedStepSchema = () => {
  const { instant, maybeInstant } = schemaParts();
  const words = z.boolean();
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('take'), expectedAt: maybeInstant, words }),
    z.object({ kind: z.literal('expect'), at: instant, words }),
    z.object({ kind: z.enum(['resolve', 'close', 'reopen', 'ask', 'reply'] as const), words }),
    z.object({ kind: z.literal('note') }),
    z.object({ kind: z.literal('priority'), priority: z.enum(PRIORITIES) }),
    z.object({ kind: z.literal('assign'), address: z.string() }),
    z.object({ kind: z.literal('category'), category: z.string() }),
    z.object({ kind: z.literal('billable') }),
    z.object({ kind: z.literal('systems'), text: z.string() }),
    z.object({ kind: z.literal('waive'), field: z.enum(REQUIRED_FIELDS) }),
    z.object({ kind: z.literal('escalate'), team: z.string() }),
    z.object({ kind: z.literal('start') }),
  ]) satisfies z.ZodMiniType<PlannedStep>;
};

const planSchema = () => {
  const verdict = z.enum(['pass', 'fail', 'gray', 'none', 'unknown'] as const);
  return z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('refused'),
      verdicts: z.object({ spf: verdict, dkim: verdict, dmarc: verdict }),
    }),
    z.object({ kind: z.literal('rejected'), problem: z.string() }),
    z.object({ kind: z.literal('act'), steps: z.array(plannedStepSchema()), text: z.string() }),
  ]) satisfies z.ZodMiniType<OperatorEmailPlan>;
};

/** Where the message goes (ingest.ts). */
export const ROUTE = stepDef('route', routeSchema);
/** The new ticket's number (ingest-create.ts). */
export const NUMBER = stepDef('number', () => z.string().check(z.regex(/^\d{4}-\d{6}$/)));
/** The credit the new ticket consumed (credit.ts). */
export const CREDIT = stepDef(
  'credit',
  () =>
    z.object({
      consumed: z.boolean(),
      used: z.number().check(z.int(), z.nonnegative()),
    }) satisfies z.ZodMiniType<CreditUse>,
);
/** What the customer's reply does to the ticket (ingest-reply.ts). */
export const CHANGE = stepDef('change', replyChangeSchema);
/** Whether a third party's reply is kept or only counted (ingest-reply.ts). */
export const FATE = stepDef(
  'fate',
  () => z.enum(['kept', 'counted'] as const) satisfies z.ZodMiniType<ThirdPartyFate>,
);
/** The reply's change applied: the ticket's version after it (ingest-reply.ts). */
export const UPDATED = stepDef('updated', () => z.number().check(z.int(), z.nonnegative()));
/** The reminder schedules created: their names, space-separated (effects.ts). */
export const SCHEDULES = stepDef('schedules', () => z.string());
/** What an operator's email does (operator-mail/apply.ts). */
export const PLAN = stepDef('plan', planSchema);

/** How a refused operator step is recorded: this prefix, then the ticket's reason. */
export const STEP_FAILED = 'failed: ';
const outcomeText = () =>
  z
    .string()
    .check(
      z.refine(
        (text) => text === 'done' || text.startsWith(STEP_FAILED),
        'expected "done" or "failed: <reason>"',
      ),
    );
/** The i-th step of an operator email's plan (operator-mail/apply.ts): `done` or `failed: <reason>`. */
export const operatorStep = stepFamily('step', outcomeText);

/** An email sent (send-step.ts): the ids replies may point at. The step's name is the mail step's. */
export const sentMail = stepFamily('', () => z.array(z.string()));
