import type { BusinessDuration, Calendar } from '../calendar';
import type { Language, Level, Priority, RequiredField } from '../domain/vocabulary';
import type { TwinnedPattern } from '../intake/latin-twin';
import type { TargetTerms } from './targets';

/** Take-charge and resolution times of one priority; null = no promise (best effort). */
export interface SlaTimes {
  readonly takeCharge: BusinessDuration | null;
  readonly resolution: BusinessDuration | null;
}

/**
 * A tier's penalty clause (policy C): times met in at least `onTimeTarget` of a customer's tickets
 * over a period, or a one-off penalty of `penalty` times the contract's value is owed.
 */
export interface ContractClause {
  /** Share of decided tickets that must meet every promised time, in (0, 1]. */
  readonly onTimeTarget: number;
  /** Share of the contract's value owed when the period falls short, in (0, 1]. */
  readonly penalty: number;
  /** ISO 4217 code of the values (`EUR`). */
  readonly currency: string;
  /** The value (hours purchased) of every contract of the tier, unless a customer states its own; null when none is stated. */
  readonly value: number | null;
}

/** The SLA of one contract tier. */
export interface TierTerms {
  /** The amounts of its `takeCharge` and `resolution` targets (null where it has none). */
  readonly times: Readonly<Record<Priority, SlaTimes>>;
  /** Every named target, in the desk file's order (the `sla` shorthand: takeCharge, resolution). */
  readonly targets: readonly TargetTerms[];
  /** Urgent mail received outside the calendar's open hours: keep the deadlines, or best effort only (policy B). */
  readonly urgentOutOfHours: 'deadlines' | 'best-effort';
  /** What its customers' requests must carry, instead of the desk's; null: the desk's. */
  readonly requiredFields: readonly RequiredField[] | null;
  /**
   * The calendar of the contract's out-of-hours cover, or null: urgent mail received while the
   * customer's calendar is closed gets its deadlines on this one (policy B: "unless the contract says so").
   */
  readonly outOfHoursCover: string | null;
  /** The tier's penalty clause; null when the tier states none. */
  readonly contract: ContractClause | null;
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
  /** The value of this customer's contract (policy C: the hours purchased), for its tier's penalty clause; null: the tier's value. */
  readonly contractValue: number | null;
  /** What this customer's requests must carry, instead of their tier's or the desk's; null: those. */
  readonly requiredFields: readonly RequiredField[] | null;
}

/**
 * One ticket category of the desk (policy D's classification): the id operators type and reports
 * group by, and what it is called in each language (the id where the desk file names none).
 */
export interface Category {
  readonly id: string;
  readonly names: Readonly<Record<Language, string>>;
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

/** One team of operators: a support level a ticket can be handed to (docs/decisions/teams.md). */
export interface Team {
  readonly name: string;
  /** Its operators, lower case: every one is also in the desk's operatorAddresses. */
  readonly operators: readonly string[];
  /** What a ticket must carry before the team takes it (an escalation to it is refused without). */
  readonly requiredFields: readonly RequiredField[];
  /** Woken for an urgent request received out of hours, besides the team (intake team only). */
  readonly onCall: readonly string[];
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
  /** What the intake asks of every request before its clock starts (the intake team's included). */
  readonly requiredFields: readonly RequiredField[];
  /** The categories operators may classify tickets in, in the desk file's order; empty: none. */
  readonly categories: readonly Category[];
  /** The desk's teams by name; empty when it has none (then every operator gets every notice). */
  readonly teams: ReadonlyMap<string, Team>;
  /** The team new tickets go to (a ticket without `team` is with it); null when the desk has no teams. */
  readonly intakeTeam: string | null;
  /** Case-insensitive patterns that introduce a customer number ("codice cliente", "customer no."). */
  readonly customerNumberPatterns: readonly TwinnedPattern[];
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
