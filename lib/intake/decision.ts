import type { CustomerTerms } from '../desk/desk';
import type {
  AnyReminderKind,
  IgnoreReason,
  Instant,
  Language,
  Level,
  Priority,
  RequiredField,
  TicketStatus,
} from '../domain/vocabulary';
import type { MailAddress } from '../mail/message';
import type { TargetState } from '../targets/state';

/** The SLA deadlines of a ticket; null when nothing is promised (clock not started, best effort). */
export interface Deadlines {
  readonly takeCharge: Instant | null;
  readonly resolution: Instant | null;
}

/** One reminder to schedule. */
export interface PlannedReminder {
  readonly at: Instant;
  readonly kind: AnyReminderKind;
}

/** The targets whose clocks started, the contract's deadlines they give, and the reminders guarding them. */
export interface SlaPlan {
  readonly deadlines: Deadlines;
  readonly reminders: readonly PlannedReminder[];
  /** Every named target started (absent on plans recorded before targets). */
  readonly targets?: readonly TargetState[];
}

/** How a message relates to existing tickets. */
export interface ThreadInfo {
  /** Ticket number of a `[#YYYY-NNNNNN]` token in the subject, e.g. `2026-000042`, or null. */
  readonly token: string | null;
  readonly inReplyTo: readonly string[];
  readonly references: readonly string[];
}

/** What a new ticket would record about the request. */
export interface TicketFields {
  readonly language: Language;
  readonly impact: Level;
  readonly urgency: Level;
  readonly priority: Priority;
  readonly blocking: boolean;
  /** The subject asks for urgent handling. */
  readonly urgent: boolean;
  /** Urgent mail received while the customer's calendar is closed (policy B). */
  readonly outOfHours: boolean;
  /** Out of hours, and the contract covers it: `calendarId` is the cover's calendar. */
  readonly outOfHoursCover: boolean;
  /** No deadlines are promised (customer terms, or urgent out of hours where the tier says so). */
  readonly bestEffort: boolean;
  readonly presentFields: readonly RequiredField[];
  readonly missingFields: readonly RequiredField[];
  readonly terms: CustomerTerms;
  readonly calendarId: string;
  /** The other systems the customer declared connected (policy C), cleaned and capped; absent: none declared. */
  readonly connectedSystems?: string;
}

/** What the acknowledgement must say; `lib/compose` turns it into an email once the ticket has a number. */
export interface AcknowledgementPlan {
  /** One bare address: a personal Reply-To, else the From (never a role, no-reply, list or desk address). */
  readonly to: readonly string[];
  readonly language: Language;
  /** The customer's subject, control characters removed. */
  readonly subject: string;
  /** Customer's `Message-ID` (threading headers of the reply). */
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
}

/** Common to every decision: enough to thread, dedupe and log the message. */
interface DecisionBase {
  readonly messageId: string | null;
  readonly from: MailAddress | null;
  /** Bare address the desk answers (Reply-To, else From), or null when there is none. */
  readonly customer: string | null;
  readonly subject: string;
  readonly language: Language;
  readonly thread: ThreadInfo;
  readonly receivedAt: Instant;
  /** False when the sender failed authentication (SPF and DKIM, or DMARC): no acknowledgement, no contract terms. */
  readonly verified: boolean;
}

/** Automatic mail: no ticket, no email. */
export interface IgnoreDecision extends DecisionBase {
  readonly outcome: 'ignore';
  readonly reason: IgnoreReason;
  readonly threadRef: null;
}

/**
 * A message to act on. `create` and `reply` carry the same fields: the pipeline turns a
 * reply to an unknown ticket into a `create`, and an In-Reply-To match into a `reply`.
 */
export interface ActDecision extends DecisionBase {
  readonly outcome: 'create' | 'reply';
  readonly reason: null;
  /** The ticket a `reply` refers to (the subject token); null for `create`. */
  readonly threadRef: string | null;
  readonly ticket: TicketFields;
  readonly status: Extract<TicketStatus, 'awaiting-info' | 'open'>;
  readonly plan: SlaPlan;
  readonly acknowledgement: AcknowledgementPlan | null;
}

/** Everything the pipeline does with one message, decided without I/O. */
export type Decision = IgnoreDecision | ActDecision;
