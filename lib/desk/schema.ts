import * as z from 'zod';
import { LANGUAGES, PRIORITIES, REQUIRED_FIELDS } from '../domain/vocabulary';

const email = z.string().regex(/^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/, 'expected an email address');
const duration = z.string().regex(/^\d+[mhd]$/, "expected a business duration such as '90m', '4h' or '2d'");
const priority = z.enum(PRIORITIES);

const slaTimes = z.strictObject({ takeCharge: duration.nullable(), resolution: duration.nullable() });
const matrixRow = z.strictObject({ high: priority, medium: priority, low: priority });

/** One contract tier: SLA per priority, and what urgent mail out of hours gets (policy B). */
export const tierSchema = z.strictObject({
  sla: z.strictObject({ P1: slaTimes, P2: slaTimes, P3: slaTimes, P4: slaTimes }),
  urgentOutOfHours: z.enum(['deadlines', 'best-effort']).default('deadlines'),
});

/** A configured customer: a whole address or a domain. */
export const customerSchema = z.strictObject({
  match: z.string().regex(/^([^@\s]+@)?[a-z0-9.-]+\.[a-z]{2,}$/i, 'expected an address or a domain'),
  name: z.string().nullable().default(null),
  tier: z.string().min(1),
  contract: z.boolean().default(true),
  credits: z.number().int().min(0).nullable().default(null),
  calendar: z.string().min(1).optional(),
});

/** The desk file as written (JSON); `parseDesk` compiles it into a Desk. */
export const deskSchema = z.strictObject({
  name: z.string().min(1).default('desk'),
  supportAddresses: z.array(email).min(1),
  operatorAddresses: z.array(email).min(1),
  fromAddress: email.optional(),
  calendars: z
    .record(z.string().min(1), z.unknown())
    .refine((c) => Object.keys(c).length > 0, 'needs a calendar'),
  defaultCalendar: z.string().min(1).optional(),
  matrix: z.strictObject({ high: matrixRow, medium: matrixRow, low: matrixRow }).optional(),
  tiers: z.record(z.string().min(1), tierSchema).refine((t) => Object.keys(t).length > 0, 'needs a tier'),
  requiredFields: z.array(z.enum(REQUIRED_FIELDS)).default([]),
  customerNumberPatterns: z.array(z.string().min(2)).optional(),
  urgentWords: z.array(z.string().min(2)).min(1).default(['URGENTE', 'URGENT']),
  languages: z.array(z.enum(LANGUAGES)).min(1).default(['it', 'en']),
  fallbackLanguage: z.enum(LANGUAGES).default('it'),
  customers: z.array(customerSchema).default([]),
  noContract: z
    .strictObject({
      tier: z.string().min(1),
      bestEffort: z.boolean().default(false),
      calendar: z.string().optional(),
    })
    .optional(),
  creditsRequired: z.boolean().default(false),
  ackThrottle: z
    .strictObject({ count: z.number().int().min(1), perMinutes: z.number().int().min(1) })
    .default({ count: 5, perMinutes: 60 }),
  sameDomainReplies: z.boolean().default(true),
  warningRatio: z.number().gt(0).lt(1).default(0.75),
  awaitingInfoAfter: duration.default('3d'),
});

/** A desk file after schema validation, before cross-references are checked and calendars compiled. */
export type DeskFile = z.infer<typeof deskSchema>;
