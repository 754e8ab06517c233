import type { AnyReminderKind, Instant, RequiredField, TicketStatus } from '../../domain/vocabulary';
import type { Deadlines, TicketFields } from '../../intake/decision';
import type { TargetState } from '../../targets/state';
import type { ThirdPartyTally } from '../intake/third-party';
import type { StepFacts } from './operator-step';

export type { Deadlines, TargetState };

/** Something an operator should read on the ticket: a message from a third party, an unknown reference. */
export interface Note {
  readonly at: Instant;
  /** Who wrote it: a sender address, or `desk` for notes the pipeline adds. */
  readonly author: string;
  readonly text: string;
}

/** A required field an operator let the request do without, with when and who. */
export interface Waiver {
  readonly field: RequiredField;
  readonly at: Instant;
  readonly actor: string;
}

/** A reminder that went out, so a second firing sends nothing. */
export interface SentReminder {
  readonly kind: AnyReminderKind;
  readonly at: Instant;
  /** The reminder round it belonged to (see `Ticket.reopenings`); absent for the first round, 0. */
  readonly round?: number;
  /** The customer's awaiting-customer nudge: the pause it belonged to (1 for the ticket's first). */
  readonly pause?: number;
}

/**
 * A span in which the ticket waited for the customer's answer to an operator's question: both
 * SLA clocks stood still. Its end is null while the ticket still waits.
 */
export interface Pause {
  readonly start: Instant;
  readonly end: Instant | null;
  /** Where the customer's answer returns the ticket: the status it was asked from. */
  readonly resumeTo: Extract<TicketStatus, 'open' | 'in-progress'>;
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

/** A ticket handed to a team (`#escalate`): which, when, by whom. */
export interface Escalation {
  readonly team: string;
  readonly at: Instant;
  /** The operator who escalated, lower case. */
  readonly actor: string;
}

/**
 * One support request and everything the desk promised and did about it. Immutable: changes make
 * copies. It records what the intake decided about the first message (its fields but the ones
 * already present); its `language` is that message's, and everything the desk sends on it uses it.
 */
export interface Ticket extends Omit<TicketFields, 'presentFields' | 'outOfHoursCover'> {
  /** Out of hours, with deadlines on the contract's cover calendar (absent on tickets from before it existed). */
  readonly outOfHoursCover?: boolean;
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
   * The tier's named targets whose clocks started (take charge, intervention, second level...),
   * in the tier's order; `deadlines` are the takeCharge and resolution ones. Absent on tickets
   * stored before targets: their two deadlines stand for them (lib/tickets/steps/targets.ts).
   */
  readonly targets?: readonly TargetState[];
  /**
   * Escalations to teams, oldest first (the escalate step appends them; the first and the latest
   * few are kept, ticket-bounds.ts): a team's targets start at its first escalation. Absent until one.
   */
  readonly escalations?: readonly Escalation[];
  /** When an operator marked the start of work (`#start`, policy C's intervention); absent until then. */
  readonly startedAt?: Instant;
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
  /**
   * Every clarification pause, oldest first; the last is open (end null) while the ticket is
   * awaiting-customer. Their count numbers the schedule names made for them, so a pause's
   * reminders never meet an earlier pause's.
   */
  readonly pauses: readonly Pause[];
  /**
   * Message-IDs (no angle brackets) of the customer's messages, oldest first: threading of our
   * emails. The first and the latest few only (ticket-bounds.ts); the history holds them all.
   */
  readonly customerMessageIds: readonly string[];
  /**
   * Message-IDs of what the desk sent, on tickets stored before the history kept them (new tickets
   * leave it empty: each sent email's history item holds its ids, and the thread index finds the
   * ticket by them). Nothing reads it.
   */
  readonly sentMessageIds: readonly string[];
  /**
   * Message-IDs of the latest notices to operators (at most NOTICE_IDS_KEPT, oldest first): later
   * notices reference them, so the operators' mailbox shows one thread per ticket. Absent on
   * tickets stored before notices were threaded.
   */
  readonly noticeIds?: readonly string[];
  /** Names of reminder schedules created and not yet deleted. */
  readonly schedules: readonly string[];
  /**
   * Schedules the latest step (or completing reply) stopped: forgotten from `schedules` in the
   * step's own save and deleted after it, so whoever touches the ticket next (a retry after a
   * crash, or the next step) deletes them again first; deleting a missing one is fine.
   */
  readonly retiredSchedules?: readonly string[];
  readonly remindersSent: readonly SentReminder[];
  /** Notes for operators: the first and the latest few, each capped (ticket-bounds.ts). */
  readonly notes: readonly Note[];
  /** Operator emails on the ticket refused for failing authentication (absent: none). */
  readonly refusedOperatorEmails?: number;
  /** The operator the ticket is assigned to (`#assign`), lower case; absent when nobody is. */
  readonly assignee?: string;
  /** The team the ticket is with (teams of the desk file); absent: the intake team, and on tickets stored before teams. */
  readonly team?: string;
  /** The desk's category an operator gave it (policy D's classification); absent until one does. */
  readonly category?: string;
  /** Marked billable extra by an operator (policy B: handled first at the customer's request); absent: not billable. */
  readonly billable?: { readonly at: Instant; readonly actor: string };
  /**
   * Fields a team requires before it takes the ticket that the intake did not ask for, as the
   * customer's messages supplied them (team requiredFields). With the intake's own fields that are
   * not missing, they are what an escalation checks (model/team.ts). Absent: none.
   */
  readonly suppliedFields?: readonly RequiredField[];
  /**
   * The other systems connected to the customer's (policy C): from their "Sistemi collegati:" line
   * (TicketFields) or set by an operator (`#systems`), cleaned and capped (intake/connected-systems.ts).
   */
  readonly connectedSystems?: string;
  /**
   * Required fields an operator waived (`#waive`), oldest first: they no longer count as missing;
   * the waiver that left nothing missing started the SLA clock. Absent until one.
   */
  readonly waived?: readonly Waiver[];
  /**
   * Policy C: true when the ticket consumed one of its customer's contract credits at creation,
   * false when none was left (then, where the desk requires credits, it is best effort). Absent
   * when the customer's terms count no credits, and on tickets stored before.
   */
  readonly creditConsumed?: boolean;
  /**
   * Replies from anyone but the customer: how many were kept in the history and how many only
   * counted (third-party.ts). Their words are in the history, never on the ticket. Absent until one.
   */
  readonly thirdParty?: ThirdPartyTally;
  /**
   * The latest operator step, saved with the change it made so who did it survives a crash before
   * it is logged beside the ticket (a retry or the next step logs it). Only the latest: the item
   * must not grow with the steps. Absent on tickets no operator has touched since it was added.
   */
  readonly lastStep?: StepFacts;
  /**
   * Ids of changes already applied, so a retried use case never applies one twice: the latest
   * ones, and the latest lifecycle step's (applied-changes.ts).
   */
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

/** The next deadline the desk can still miss, or null when none is pending (none while the clocks are paused). */
export function nextDue(ticket: Ticket): Instant | null {
  const { takeCharge, resolution } = ticket.deadlines;
  if (ticket.status === 'open') return takeCharge ?? resolution;
  if (ticket.status === 'in-progress') return resolution;
  return null;
}
