import type { BusinessDuration, Calendar } from '../calendar';
import type { Language, Level, Priority, RequiredField } from '../domain/vocabulary';
import type { TargetTerms } from './targets';

/** Take-charge and resolution times of one priority; null = no promise (best effort). */
export interface SlaTimes {
  readonly takeCharge: BusinessDuration | null;
  readonly resolution: BusinessDuration | null;
}

/** The SLA of one contract tier. */
export interface TierTerms {
  /** The amounts of its `takeCharge` and `resolution` targets (null where it has none). */
  readonly times: Readonly<Record<Priority, SlaTimes>>;
  /** Every named target, in the desk file's order (the `sla` shorthand: takeCharge, resolution). */
  readonly targets: readonly TargetTerms[];
  /** Urgent mail received outside the calendar's open hours: keep the deadlines, or best effort only (policy B). */
  readonly urgentOutOfHours: 'deadlines' | 'best-effort';
}

/** What the desk promises one customer: resolved from the sender's address or domain. */
export interface CustomerTerms {
  /** The address or domain entry that matched, or null for an unknown sender. */
  readonly match: string | null;
  readonly name: string | null;
  readonly tier: string;
  readonly contract: boolean;
  /** Assistance credits left; null when the desk does not count credits. */
  readonly credits: number | null;
  readonly calendarId: string;
  /** No deadlines at all: no contract, or no credits left, where the policy says so. */
  readonly bestEffort: boolean;
}

/** One configured customer: an address (`anna@example.net`) or a whole domain (`example.net`). */
export interface CustomerEntry {
  readonly match: string;
  readonly name: string | null;
  readonly tier: string;
  readonly contract: boolean;
  readonly credits: number | null;
  readonly calendarId: string;
}

/** Impact (rows) x urgency (columns) -> priority. */
export type PriorityMatrix = Readonly<Record<Level, Readonly<Record<Level, Priority>>>>;

/** How long the desk keeps what it stores, in calendar days. */
export interface Retention {
  /** Tickets (counted from their resolution or closure), their history and operator steps (from each item's instant). */
  readonly ticketDays: number;
  /** Raw received messages in the bucket (from their receipt). */
  readonly rawMailDays: number;
}

/** One step of the late chain: who is told once a target is this long past its due time. */
export interface LateStep {
  readonly after: BusinessDuration;
  readonly to: readonly string[];
}

/** A desk: everything configurable about intake, deadlines and acknowledgements. Immutable. */
export interface Desk {
  readonly name: string;
  /** The desk's own addresses, lower case: mail from them is a loop. */
  readonly supportAddresses: readonly string[];
  readonly operatorAddresses: readonly string[];
  /** `From` of every email the desk sends. */
  readonly fromAddress: string;
  readonly calendars: ReadonlyMap<string, Calendar>;
  readonly defaultCalendarId: string;
  readonly matrix: PriorityMatrix;
  readonly tiers: ReadonlyMap<string, TierTerms>;
  readonly requiredFields: readonly RequiredField[];
  /** Case-insensitive patterns that introduce a customer number ("codice cliente", "customer no."). */
  readonly customerNumberPatterns: readonly RegExp[];
  /** Subject words that make a request urgent (whole words, any case). */
  readonly urgentWords: readonly string[];
  readonly languages: readonly Language[];
  readonly fallbackLanguage: Language;
  /** What the desk writes to its operators in (notices, reminders, answers to their commands). */
  readonly operatorLanguage: Language;
  readonly customers: readonly CustomerEntry[];
  /** Terms of senders matching no customer entry. */
  readonly noContract: CustomerTerms;
  /** Customers with a contract but no credits left are handled best effort (policy C). */
  readonly creditsRequired: boolean;
  /** At most `count` acknowledgements per sender per `perMinutes`. */
  readonly ackThrottle: { readonly count: number; readonly perMinutes: number };
  /** A reply from another address of the customer's domain counts as the customer's. */
  readonly sameDomainReplies: boolean;
  /** Warnings fire when this share of the business time to a deadline has elapsed (0.75). */
  readonly warningRatio: number;
  /** Who hears of a target not met after its due time (business time after it), in order; empty: nobody beyond the due reminder. */
  readonly lateChain: readonly LateStep[];
  /** The customer is nudged this long after an acknowledgement that asked for missing fields. */
  readonly awaitingInfoAfter: BusinessDuration;
  /** How long tickets, their history and raw mail are kept. */
  readonly retention: Retention;
}
