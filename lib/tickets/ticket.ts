import type { Instant, ReminderKind, TicketStatus } from '../domain/vocabulary';
import type { Deadlines, TicketFields } from '../intake/decision';
import type { StepFacts } from './operator-step';

export type { Deadlines };

/** Something an operator should read on the ticket: a message from a third party, an unknown reference. */
export interface Note {
  readonly at: Instant;
  /** Who wrote it: a sender address, or `desk` for notes the pipeline adds. */
  readonly author: string;
  readonly text: string;
}

/** A reminder that went out, so a second firing sends nothing. */
export interface SentReminder {
  readonly kind: ReminderKind;
  readonly at: Instant;
  /** The reminder round it belonged to (see `Ticket.reopenings`); absent for the first round, 0. */
  readonly round?: number;
}

/**
 * A resolved or closed ticket coming back, with how the round it ended stood: reports judge
 * each round against its own deadline, and a resolution before any take-charge stays known.
 */
export interface Reopening {
  readonly at: Instant;
  readonly resolvedAt: Instant | null;
  readonly closedAt: Instant | null;
  /** The resolution deadline of the round this reopening ended. */
  readonly resolutionDeadline: Instant | null;
}

/**
 * One support request and everything the desk promised and did about it. Immutable: changes make
 * copies. It records what the intake decided about the first message (its fields but the ones
 * already present); its `language` is that message's, and everything the desk sends on it uses it.
 */
export interface Ticket extends Omit<TicketFields, 'presentFields'> {
  /** `YYYY-NNNNNN`: year of creation in the ticket calendar's zone, sequence within that year. */
  readonly number: string;
  readonly status: TicketStatus;
  /** Bare address the desk writes to (Reply-To of the first message, else From). */
  readonly customer: string;
  readonly subject: string;
  readonly createdAt: Instant;
  /** When the SLA clock started: receipt of a complete request, or of the reply that completed it. */
  readonly clockStart: Instant | null;
  readonly deadlines: Deadlines;
  /**
   * The calendar in force when the ticket was received (lib/calendar calendarSnapshot), which its
   * deadlines were computed with: reports judge it with this one. Absent on tickets stored before.
   */
  readonly calendarSnapshot?: string;
  readonly takenInChargeAt: Instant | null;
  /** What the operator told the customer when taking charge. */
  readonly expectedResolutionAt: Instant | null;
  readonly resolvedAt: Instant | null;
  readonly closedAt: Instant | null;
  /**
   * Every reopening, oldest first. Their count is the ticket's reminder round (it numbers schedule
   * names and reminder records, so a round never collides with an earlier one); the last one
   * started the current resolution clock.
   */
  readonly reopenings: readonly Reopening[];
  /** Message-IDs (no angle brackets) of the customer's messages, oldest first: threading of our emails. */
  readonly customerMessageIds: readonly string[];
  /** Message-IDs of what the desk sent, ours and the ones SES rewrote them to. */
  readonly sentMessageIds: readonly string[];
  /**
   * Message-IDs of the latest notices to operators (at most NOTICE_IDS_KEPT, oldest first): later
   * notices reference them, so the operators' mailbox shows one thread per ticket. Absent on
   * tickets stored before notices were threaded.
   */
  readonly noticeIds?: readonly string[];
  /** Names of reminder schedules created and not yet deleted. */
  readonly schedules: readonly string[];
  readonly remindersSent: readonly SentReminder[];
  readonly notes: readonly Note[];
  /**
   * The latest operator step, saved with the change it made so who did it survives a crash before
   * it is logged beside the ticket (a retry or the next step logs it). Only the latest: the item
   * must not grow with the steps. Absent on tickets no operator has touched since it was added.
   */
  readonly lastStep?: StepFacts;
  /** Ids of changes already applied, so a retried use case never applies one twice. */
  readonly applied: readonly string[];
  /** Incremented by every save; the store refuses a save based on an older version. */
  readonly version: number;
}

const NUMBER_PATTERN = /^(\d{4})-(\d{6})$/;

/** Formats the ticket number of the `sequence`-th ticket of `year`: `2026-000042`. */
export function formatTicketNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, '0')}`;
}

/** True for a well-formed ticket number. */
export function isTicketNumber(text: string): boolean {
  return NUMBER_PATTERN.test(text);
}

/** The next deadline the desk can still miss, or null when none is pending. */
export function nextDue(ticket: Ticket): Instant | null {
  const { takeCharge, resolution } = ticket.deadlines;
  if (ticket.status === 'open') return takeCharge ?? resolution;
  if (ticket.status === 'in-progress') return resolution;
  return null;
}
