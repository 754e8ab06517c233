import type { CustomerTerms } from '../../../lib/desk/desk';
import type { Ticket } from '../../../lib/tickets/model/ticket';

/** 2026-11-23T10:00:00+01:00, a Monday morning in Rome. */
export const MONDAY_10 = Date.UTC(2026, 10, 23, 9, 0, 0);
export const HOUR = 3_600_000;
/** The default desk's operator address, and a step request from it. */
export const OPERATOR = 'operators@example.com';
export const AS_OPERATOR = { actor: OPERATOR } as const;

export const NO_CONTRACT_TERMS: CustomerTerms = {
  match: null,
  name: null,
  tier: 'standard',
  contract: false,
  credits: null,
  calendarId: 'default',
  bestEffort: false,
};

/** An open ticket with deadlines; override what a test is about. */
export function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    number: '2026-000001',
    status: 'open',
    customer: 'anna@example.net',
    subject: 'Login page broken',
    language: 'it',
    impact: 'medium',
    urgency: 'medium',
    priority: 'P3',
    blocking: false,
    urgent: false,
    outOfHours: false,
    bestEffort: false,
    missingFields: [],
    terms: NO_CONTRACT_TERMS,
    calendarId: 'default',
    createdAt: MONDAY_10,
    clockStart: MONDAY_10,
    deadlines: { takeCharge: MONDAY_10 + 8 * HOUR, resolution: MONDAY_10 + 120 * HOUR },
    takenInChargeAt: null,
    expectedResolutionAt: null,
    resolvedAt: null,
    closedAt: null,
    reopenings: [],
    pauses: [],
    customerMessageIds: ['first@example.net'],
    sentMessageIds: [],
    schedules: [],
    remindersSent: [],
    notes: [],
    applied: [],
    version: 1,
    ...overrides,
  };
}
