import { DEFAULT_DESK_FILE, parseDesk } from '../../../lib/desk';
import type { CustomerTerms } from '../../../lib/desk/desk';
import type { Ticket } from '../../../lib/tickets/model/ticket';
import { rome, type SlaFacts, slaTicket } from './tickets';

const weekdays = (hours: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [hours]]));

/**
 * The default desk with a Chicago calendar (policy E's regions), a `contract` tier with policy C's
 * penalty clause (90 %, 10 %, EUR; 5000 unless the customer states its own value) and a `basic`
 * tier without one.
 */
export const CONTRACT_DESK_FILE = {
  ...DEFAULT_DESK_FILE,
  calendars: {
    ...DEFAULT_DESK_FILE.calendars,
    chicago: { timeZone: 'America/Chicago', hours: weekdays('09:00-17:00'), holidays: { country: 'US' } },
  },
  tiers: {
    contract: { ...DEFAULT_DESK_FILE.tiers.standard, contract: { penalty: 0.1, value: 5000 } },
    basic: DEFAULT_DESK_FILE.tiers.standard,
  },
  customers: [
    { match: 'acme.example.net', name: 'ACME', tier: 'contract', contractValue: 12000 },
    { match: 'beta.example.net', name: 'Beta', tier: 'contract' },
    { match: 'chicago.example.org', name: 'Chicago office', tier: 'basic', calendar: 'chicago' },
  ],
  noContract: { tier: 'basic', bestEffort: false },
};
export const CONTRACT_DESK = parseDesk(CONTRACT_DESK_FILE);

/** A customer's terms as the intake recorded them on the ticket. */
const termsOf = (
  match: string | null,
  name: string | null,
  tier: string,
  calendarId = 'rome',
): CustomerTerms => ({
  match,
  name,
  tier,
  contract: match !== null,
  credits: null,
  calendarId,
  bestEffort: false,
});

/** Taken in charge and resolved in time on Monday 5 October 2026. */
const MET: Omit<SlaFacts, 'number'> = {
  received: '2026-10-05T09:00',
  takeChargeBy: '2026-10-05T10:00',
  takenAt: '2026-10-05T09:30',
  resolveBy: '2026-10-06T09:00',
  resolvedAt: '2026-10-05T15:00',
};
/** As MET, but taken in charge an hour late. */
const LATE: Omit<SlaFacts, 'number'> = { ...MET, takenAt: '2026-10-05T11:00' };

const ticket = (facts: SlaFacts, more: Partial<Ticket>): Ticket => ({ ...slaTicket(facts), ...more });

/** October 2026: tickets of three configured customers, a former one and two unknown senders. */
export const CONTRACT_TICKETS: readonly Ticket[] = [
  ticket(
    { number: '2026-000101', priority: 'P1', ...MET },
    {
      customer: 'anna@acme.example.net',
      // The name the intake recorded; today's desk file calls the customer ACME.
      terms: termsOf('acme.example.net', 'Acme (old name)', 'contract'),
      team: 'first-level',
      category: 'bug',
      billable: { at: rome('2026-10-05T09:45'), actor: 'operators@example.com' },
    },
  ),
  ticket(
    { number: '2026-000102', ...LATE },
    {
      customer: 'bruno@acme.example.net',
      terms: termsOf('acme.example.net', 'ACME', 'contract'),
      team: 'second-level',
      category: 'bug',
      billable: { at: rome('2026-10-05T10:00'), actor: 'operators@example.com' },
    },
  ),
  ticket(
    { number: '2026-000103', ...MET },
    { customer: 'carla@beta.example.net', terms: termsOf('beta.example.net', 'Beta', 'contract') },
  ),
  ticket(
    { number: '2026-000104', ...LATE },
    {
      customer: 'dan@chicago.example.org',
      terms: termsOf('chicago.example.org', 'Chicago office', 'basic', 'chicago'),
      calendarId: 'chicago',
    },
  ),
  ticket(
    { number: '2026-000105', ...MET },
    { customer: 'eve@gone.example.net', terms: termsOf('gone.example.net', 'Gone Ltd', 'contract') },
  ),
  // An unknown sender whose address and kept name carry terminal escapes and a line break.
  ticket(
    { number: '2026-000106', ...LATE },
    {
      customer: 'mallory\u001b]0;owned\u0007@example.net',
      terms: termsOf(null, null, 'basic'),
      billable: { at: rome('2026-10-05T10:00'), actor: 'operators@example.com' },
    },
  ),
  // Best effort, so out of the ratios, but billable all the same; a second mark after the report instant.
  ticket(
    { number: '2026-000107', received: '2026-10-05T09:00', bestEffort: true },
    {
      customer: 'zoe@example.net',
      terms: termsOf(null, null, 'basic'),
      billable: { at: rome('2026-10-05T11:00'), actor: 'operators@example.com' },
    },
  ),
  ticket(
    { number: '2026-000108', ...MET },
    {
      customer: 'zoe@example.net',
      terms: termsOf(null, null, 'basic'),
      billable: { at: rome('2026-12-01T09:00'), actor: 'operators@example.com' },
    },
  ),
];
