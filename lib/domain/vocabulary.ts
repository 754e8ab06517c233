/**
 * The words the whole desk shares: intake decisions, tickets, reminders, the CLI's JSON.
 * Values are the ones written in shared/spec/CONTRACT.md; keep them exactly.
 */

/** ISO 639-1 codes of the languages the desk writes in. */
export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Impact and urgency levels of the ITIL matrix. */
export const LEVELS = ['high', 'medium', 'low'] as const;
export type Level = (typeof LEVELS)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Why a message makes no ticket and gets no answer (first match wins, in this order). */
export const IGNORE_REASONS = ['virus', 'spam', 'loop', 'bounce', 'auto-reply', 'list', 'bulk'] as const;
export type IgnoreReason = (typeof IGNORE_REASONS)[number];

/** Elements a request may be required to carry before its SLA clock starts. */
export const REQUIRED_FIELDS = [
  'detectedAt',
  'url',
  'description',
  'screenshot',
  'browser',
  'customerNumber',
] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

export const REMINDER_KINDS = [
  'take-charge-warning',
  'take-charge-due',
  'resolution-warning',
  'resolution-due',
  'awaiting-info',
  'awaiting-customer',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * A reminder of a named SLA target beyond the contract's four kinds: its warning and due
 * (`target-intervention-warning`, `target-secondLevel-due`) and the late chain's steps after the
 * due time (`target-resolution-late1`). Target names are camelCase, so these never meet a
 * contract kind, and a kind fits a schedule name (at most 38 characters).
 */
export type TargetReminderKind = `target-${string}-${'warning' | 'due'}` | `target-${string}-late${number}`;

/** Every reminder kind a schedule or a ticket may carry. */
export type AnyReminderKind = ReminderKind | TargetReminderKind;

const TARGET_REMINDER_KIND = /^target-[a-z][a-zA-Z0-9]{0,23}-(?:warning|due|late[1-9])$/;

/** True for a contract reminder kind or a named target's one. */
export function isAnyReminderKind(value: unknown): value is AnyReminderKind {
  if (typeof value !== 'string') return false;
  return (REMINDER_KINDS as readonly string[]).includes(value) || TARGET_REMINDER_KIND.test(value);
}

/**
 * Reminders to the customer (the others go to the operators): the nudge of a request missing
 * information, and the nudge of an operator's unanswered question.
 */
export type CustomerReminderKind = Extract<ReminderKind, 'awaiting-info' | 'awaiting-customer'>;

/** What the intake does with one message. */
export type Outcome = 'create' | 'reply' | 'ignore';

/**
 * A ticket's life: awaiting-info -> open -> in-progress (taken in charge) -> resolved -> closed.
 * An open or in-progress ticket waits in awaiting-customer, its SLA clocks paused, while an
 * operator's question is unanswered; the customer's next message returns it where it was.
 */
export const TICKET_STATUSES = [
  'awaiting-info',
  'open',
  'in-progress',
  'awaiting-customer',
  'resolved',
  'closed',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** An instant as milliseconds since the Unix epoch (UTC). The domain computes on these. */
export type Instant = number;

/** A half-open span of time [start, end), e.g. a paused clock. */
export interface Span {
  readonly start: Instant;
  readonly end: Instant;
}
