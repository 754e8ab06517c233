import { LANGUAGES, PRIORITIES, REQUIRED_FIELDS } from '../domain/vocabulary';
import { onFirstUse } from '../on-first-use';
import * as z from '../zod-mini';
import { TARGET_CLOCKS, TARGET_EVENTS, TARGET_NAME } from './targets';

// Built on first use, not at import: a Lambda bundle runs the desk its synth checked
// (checked-desk.ts) and never builds these, ~10 ms of CPU in every cold start (Node 24).
function buildDeskSchemas() {
  const email = z.string().check(z.regex(/^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/, 'expected an email address'));
  const duration = z
    .string()
    .check(z.regex(/^\d+[mhd]$/, "expected a business duration such as '90m', '4h' or '2d'"));
  // Calendar days, not business days: how long data is kept is not a service promise.
  const days = z.string().check(
    z.regex(/^\d{1,4}d$/, "expected a number of days such as '730d'"),
    z.refine((d) => Number.parseInt(d, 10) >= 1 && Number.parseInt(d, 10) <= 3650, 'expected 1d to 3650d'),
  );
  const priority = z.enum(PRIORITIES);
  const nonEmpty = z.string().check(z.minLength(1));

  // A category's id is what operators type (`#category bug`) and reports group by: short and stable.
  const categoryId = z
    .string()
    .check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, "expected a short id of lower-case letters, digits and '-'"));
  const categoryNames = z.strictObject({ it: z.optional(nonEmpty), en: z.optional(nonEmpty) });
  /** One ticket category: its id alone, or its id with display names per language. */
  const categorySchema = z.union([
    categoryId,
    z.strictObject({ id: categoryId, names: z._default(categoryNames, {}) }),
  ]);
  const requiredFields = z.array(z.enum(REQUIRED_FIELDS));

  const slaTimes = z.strictObject({ takeCharge: z.nullable(duration), resolution: z.nullable(duration) });
  const matrixRow = z.strictObject({ high: priority, medium: priority, low: priority });

  const share = z.number().check(z.gt(0), z.lte(1));
  const money = z.number().check(z.gt(0), z.lte(1e12));

  /** A tier's penalty clause (policy C): the on-time target, the penalty's share of the value, the currency. */
  const contractClause = z.strictObject({
    onTimeTarget: z._default(share, 0.9),
    penalty: share,
    currency: z._default(
      z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "EUR"')),
      'EUR',
    ),
    value: z.optional(money),
  });

  /** One contract tier: SLA per priority, what urgent mail out of hours gets (policy B), a penalty clause (policy C). */
  const perPriority = z.strictObject({
    P1: z.nullable(duration),
    P2: z.nullable(duration),
    P3: z.nullable(duration),
    P4: z.nullable(duration),
  });
  const sentence = z.string().check(z.minLength(1), z.maxLength(300));
  const perLanguage = z.strictObject({ it: z.optional(sentence), en: z.optional(sentence) });

  /** Who hears of a target still not met after its due time, and when: at most 9 steps. */
  const lateChainSchema = z
    .array(z.strictObject({ after: duration, to: z.array(email).check(z.minLength(1)) }))
    .check(z.maxLength(9));

  /** One named SLA target (docs/desk-file.md, "targets"). */
  const targetSchema = z.strictObject({
    // One amount for every priority, or one per priority (null: nothing promised at that one).
    within: z.union([duration, perPriority]),
    starts: z._default(z.enum(TARGET_CLOCKS), 'intake'),
    team: z.optional(nonEmpty),
    metBy: z.optional(z.enum(TARGET_EVENTS)),
    promised: z._default(z.boolean(), true),
    when: z.optional(z.strictObject({ blocking: z.optional(z.boolean()) })),
    wording: z.optional(perLanguage),
    label: z.optional(perLanguage),
    // This target's own late chain, instead of the desk's (policy D: a lead for one target, a manager for another).
    lateChain: z.optional(lateChainSchema),
  });

  const targetName = z
    .string()
    .check(z.regex(TARGET_NAME, 'expected a camelCase name of at most 24 letters and digits'));

  /**
   * One contract tier: its SLA as named targets, or as the `sla` shorthand (take charge and
   * resolution per priority), and what urgent mail out of hours gets (policy B).
   */
  const tierSchema = z.strictObject({
    sla: z.optional(z.strictObject({ P1: slaTimes, P2: slaTimes, P3: slaTimes, P4: slaTimes })),
    targets: z.optional(z.record(targetName, targetSchema)),
    urgentOutOfHours: z._default(z.enum(['deadlines', 'best-effort']), 'deadlines'),
    // A contract that covers urgent requests out of hours (policy B): their deadlines run on this calendar.
    outOfHoursCover: z.optional(nonEmpty),
    contract: z.optional(contractClause),
    // The tier's customers' requests carry these instead of the desk's (a customer's own win over them).
    requiredFields: z.optional(requiredFields),
  });

  /**
   * One team of operators (a support level, e.g. policy E's first level, developers, network, legal):
   * who works its tickets and gets their notices, what a ticket must carry before the team takes it,
   * and who is woken for an urgent request out of hours (docs/decisions/teams.md).
   */
  const teamSchema = z.strictObject({
    operators: z.array(email).check(z.minLength(1)),
    requiredFields: z._default(requiredFields, []),
    onCall: z._default(z.array(email), []),
  });

  /** A team's name as operators type it after `#escalate`: one word, so the command line stays one line. */
  const teamName = z
    .string()
    .check(
      z.regex(
        /^[a-z0-9][a-z0-9_-]{0,39}$/i,
        "expected a team name of letters, digits, '-' or '_' (at most 40)",
      ),
    );

  /** A configured customer: a whole address or a domain. */
  const customerSchema = z.strictObject({
    match: z
      .string()
      .check(z.regex(/^([^@\s]+@)?[a-z0-9.-]+\.[a-z]{2,}$/i, 'expected an address or a domain')),
    name: z._default(z.nullable(z.string()), null),
    tier: nonEmpty,
    contract: z._default(z.boolean(), true),
    // A contract's allowance; the ledger in the table counts what is used (at most 10,000 per contract).
    credits: z._default(z.nullable(z.number().check(z.int(), z.gte(0), z.lte(10_000))), null),
    calendar: z.optional(nonEmpty),
    // This customer's requests carry these instead of their tier's or the desk's (policy A: no URL
    // or screenshot for a customer with no web application).
    requiredFields: z.optional(requiredFields),
    // The value of this customer's contract, for its tier's penalty clause (policy C).
    contractValue: z.optional(money),
  });

  /** The desk file as written (JSON); `parseDesk` compiles it into a Desk. */
  const deskSchema = z.strictObject({
    name: z._default(nonEmpty, 'desk'),
    supportAddresses: z.array(email).check(z.minLength(1)),
    operatorAddresses: z.array(email).check(z.minLength(1)),
    fromAddress: z.optional(email),
    calendars: z
      .record(nonEmpty, z.unknown())
      .check(z.refine((c) => Object.keys(c).length > 0, 'needs a calendar')),
    defaultCalendar: z.optional(nonEmpty),
    matrix: z.optional(z.strictObject({ high: matrixRow, medium: matrixRow, low: matrixRow })),
    tiers: z.record(nonEmpty, tierSchema).check(z.refine((t) => Object.keys(t).length > 0, 'needs a tier')),
    requiredFields: z._default(requiredFields, []),
    categories: z._default(z.array(categorySchema), []),
    // No teams: every operator is one team, as before teams existed.
    teams: z._default(z.record(teamName, teamSchema), {}),
    intakeTeam: z.optional(teamName),
    customerNumberPatterns: z.optional(z.array(z.string().check(z.minLength(2)))),
    urgentWords: z._default(z.array(z.string().check(z.minLength(2))).check(z.minLength(1)), [
      'URGENTE',
      'URGENT',
    ]),
    languages: z._default(z.array(z.enum(LANGUAGES)).check(z.minLength(1)), ['it', 'en']),
    fallbackLanguage: z._default(z.enum(LANGUAGES), 'it'),
    // The language of everything written to operators: notices, reminders, answers to commands.
    operatorLanguage: z.optional(z.enum(LANGUAGES)),
    customers: z._default(z.array(customerSchema), []),
    noContract: z.optional(
      z.strictObject({
        tier: nonEmpty,
        bestEffort: z._default(z.boolean(), false),
        calendar: z.optional(z.string()),
      }),
    ),
    creditsRequired: z._default(z.boolean(), false),
    ackThrottle: z._default(
      z.strictObject({
        count: z.number().check(z.int(), z.gte(1)),
        perMinutes: z.number().check(z.int(), z.gte(1)),
      }),
      { count: 5, perMinutes: 60 },
    ),
    // Off by default: at a shared provider (gmail.com) a domain is everyone, not one customer.
    sameDomainReplies: z._default(z.boolean(), false),
    warningRatio: z._default(z.number().check(z.gt(0), z.lt(1)), 0.75),
    // Who hears of a target still not met after its due time, and when (policy D: escalation when late).
    lateChain: z._default(lateChainSchema, []),
    awaitingInfoAfter: z._default(duration, '3d'),
    // Two years of tickets and their history (a customer asks about last year's case); raw mail
    // holds everything the customer sent, attachments included, so it goes sooner.
    retention: z._default(
      z.strictObject({ tickets: z._default(days, '730d'), rawMail: z._default(days, '90d') }),
      { tickets: '730d', rawMail: '90d' },
    ),
  });

  return { deskSchema, categorySchema, targetSchema, tierSchema, teamSchema, customerSchema };
}

/** The desk file's schemas: the whole file's (`deskSchema`) and its parts' the docs describe. */
export const deskSchemas = onFirstUse(buildDeskSchemas);

/** A desk file after schema validation, before cross-references are checked and calendars compiled. */
export type DeskFile = z.infer<ReturnType<typeof buildDeskSchemas>['deskSchema']>;
