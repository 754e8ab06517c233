import type { CustomerTerms } from '../../desk/desk';
import { LANGUAGES, LEVELS, PRIORITIES, REQUIRED_FIELDS, TICKET_STATUSES } from '../../domain/vocabulary';
import { onFirstUse } from '../../on-first-use';
import * as z from '../../zod-mini';
import { stepFactsSchema } from './operator-step';
import { schemaParts } from './schema-parts';
import type { Ticket } from './ticket';

// Built on first use, not at import: a new request never reads a stored ticket, and the
// schema (the largest the functions have) was part of every cold start.
function buildTicketSchema() {
  const { instant, maybeInstant, reminderKind, deadlines: deadlinesSchema, targetStates } = schemaParts();
  const count = z.number().check(z.int(), z.nonnegative());

  const termsSchema = z.object({
    match: z.nullable(z.string()),
    name: z.nullable(z.string()),
    tier: z.string(),
    contract: z.boolean(),
    credits: z.nullable(z.number()),
    calendarId: z.string(),
    bestEffort: z.boolean(),
  }) satisfies z.ZodMiniType<CustomerTerms>;

  /** Shape of a stored ticket: adapters check what they read against it, so a bad record fails by name. */
  const ticketSchema = z.object({
    number: z.string().check(z.regex(/^\d{4}-\d{6}$/)),
    status: z.enum(TICKET_STATUSES),
    customer: z.string(),
    subject: z.string(),
    language: z.enum(LANGUAGES),
    impact: z.enum(LEVELS),
    urgency: z.enum(LEVELS),
    priority: z.enum(PRIORITIES),
    blocking: z.boolean(),
    urgent: z.boolean(),
    outOfHours: z.boolean(),
    outOfHoursCover: z.optional(z.boolean()),
    bestEffort: z.boolean(),
    missingFields: z.array(z.enum(REQUIRED_FIELDS)),
    terms: termsSchema,
    calendarId: z.string(),
    connectedSystems: z.optional(z.string()),
    creditConsumed: z.optional(z.boolean()),
    waived: z.optional(z.array(z.object({ field: z.enum(REQUIRED_FIELDS), at: instant, actor: z.string() }))),
    createdAt: instant,
    clockStart: maybeInstant,
    deadlines: deadlinesSchema,
    targets: targetStates,
    escalations: z.optional(z.array(z.object({ team: z.string(), at: instant, actor: z.string() }))),
    startedAt: z.optional(instant),
    calendarSnapshot: z.optional(z.string()),
    takenInChargeAt: maybeInstant,
    expectedResolutionAt: maybeInstant,
    resolvedAt: maybeInstant,
    closedAt: maybeInstant,
    // Tickets stored before reopenings were recorded have none.
    reopenings: z._default(
      z.array(
        z.object({
          at: instant,
          resolvedAt: maybeInstant,
          closedAt: maybeInstant,
          resolutionDeadline: maybeInstant,
        }),
      ),
      [],
    ),
    // Tickets stored before clarification pauses were recorded have none.
    pauses: z._default(
      z.array(
        z.object({ start: instant, end: maybeInstant, resumeTo: z.enum(['open', 'in-progress'] as const) }),
      ),
      [],
    ),
    customerMessageIds: z.array(z.string()),
    sentMessageIds: z.array(z.string()),
    // Tickets stored before notices were threaded have none.
    noticeIds: z.optional(z.array(z.string())),
    schedules: z.array(z.string()),
    retiredSchedules: z.optional(z.array(z.string())),
    remindersSent: z.array(
      z.object({
        kind: reminderKind,
        at: instant,
        round: z.optional(z.number().check(z.int(), z.positive())),
        pause: z.optional(z.number().check(z.int(), z.positive())),
      }),
    ),
    notes: z.array(z.object({ at: instant, author: z.string(), text: z.string() })),
    refusedOperatorEmails: z.optional(z.number().check(z.int(), z.nonnegative())),
    assignee: z.optional(z.string()),
    // Absent on tickets stored before teams, categories and billing were kept.
    team: z.optional(z.string()),
    category: z.optional(z.string()),
    billable: z.optional(z.object({ at: instant, actor: z.string() })),
    suppliedFields: z.optional(z.array(z.enum(REQUIRED_FIELDS))),
    thirdParty: z.optional(
      z.object({
        kept: count,
        counted: count,
        bySender: z.record(z.string(), count),
      }),
    ),
    lastStep: z.optional(stepFactsSchema()),
    applied: z.array(z.string()),
    version: z.number().check(z.int(), z.nonnegative()),
  }) satisfies z.ZodMiniType<Ticket>;
  return ticketSchema;
}

const ticketSchema = onFirstUse(buildTicketSchema);

/** Reads a stored ticket document; returns the problem (field path and why) instead of throwing. */
export function readTicket(doc: unknown): { ticket: Ticket } | { problem: string } {
  const result = ticketSchema().safeParse(doc);
  if (result.success) return { ticket: result.data };
  const issue = result.error.issues[0];
  return { problem: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid' };
}
