import { formatInZone } from '../../calendar';
import type { Desk } from '../../desk/desk';
import type {
  Instant,
  Language,
  Level,
  Priority,
  RequiredField,
  TicketStatus,
} from '../../domain/vocabulary';
import { calendarOf } from '../../intake/sla-plan';
import { thirdPartyTally } from '../intake/third-party';
import { currentTeam } from '../model/team';
import type { Ticket } from '../model/ticket';

/**
 * A ticket as the CLI prints it (`tickets list --json`, CONTRACT section 7): instants as ISO in the
 * calendar's zone; `zone` is the desk's, which the plain-text views write times in.
 */
export interface TicketView {
  readonly number: string;
  readonly status: TicketStatus;
  readonly priority: Priority;
  readonly language: Language;
  readonly customer: string;
  readonly subject: string;
  readonly deadlines: { readonly takeCharge: string | null; readonly resolution: string | null };
  /** The customer's contract tier, and their name when the desk knows them. */
  readonly tier: string;
  readonly customerName: string | null;
  readonly impact: Level;
  readonly urgency: Level;
  readonly blocking: boolean;
  readonly urgent: boolean;
  /** Urgent mail received while the customer's calendar was closed. */
  readonly outOfHours: boolean;
  /** No deadlines are promised. */
  readonly bestEffort: boolean;
  readonly missingFields: readonly RequiredField[];
  readonly createdAt: string;
  readonly clockStart: string | null;
  readonly takenInChargeAt: string | null;
  readonly expectedResolutionAt: string | null;
  readonly resolvedAt: string | null;
  readonly closedAt: string | null;
  readonly notes: number;
  /** The operator the ticket is assigned to, or null. */
  readonly assignee: string | null;
  /** The desk category's id (`#category`), or null while unclassified. */
  readonly category: string | null;
  /** The category's name in the operators' language, or null while unclassified. */
  readonly categoryName: string | null;
  /** Marked billable (policy B): when and by whom; null when not. */
  readonly billable: { readonly at: string; readonly actor: string } | null;
  /** The customer's connected systems (policy C), or null when none are recorded. */
  readonly connectedSystems: string | null;
  /** Required fields operators waived, oldest first (`#waive`). */
  readonly waived: readonly { readonly field: RequiredField; readonly at: string; readonly actor: string }[];
  /** The team the ticket is with (the intake team unless escalated), or null on a desk without teams. */
  readonly team: string | null;
  /** Replies from anyone but the customer: kept in the history, and past the caps only counted. */
  readonly thirdPartyReplies: { readonly kept: number; readonly counted: number };
  /** IANA zone of the desk (its default calendar's), for display. */
  readonly zone: string;
}

/** The desk's own time zone: its default calendar's, where operators read times. */
export function deskZone(desk: Desk): string {
  return calendarOf(desk, desk.defaultCalendarId).timeZone;
}

/** A category's name for the operators; the id itself for one the desk no longer defines. */
function categoryName(desk: Desk, id: string | undefined): string | null {
  if (id === undefined) return null;
  return desk.categories.find((c) => c.id === id)?.names[desk.operatorLanguage] ?? id;
}

/** The ticket's view, instants written with the offset of its calendar's zone. */
export function ticketView(ticket: Ticket, desk: Desk): TicketView {
  const calendar = calendarOf(desk, ticket.calendarId);
  const iso = (at: Instant | null) => (at === null ? null : formatInZone(calendar, at));
  const tally = thirdPartyTally(ticket);
  return {
    number: ticket.number,
    status: ticket.status,
    priority: ticket.priority,
    language: ticket.language,
    customer: ticket.customer,
    subject: ticket.subject,
    deadlines: { takeCharge: iso(ticket.deadlines.takeCharge), resolution: iso(ticket.deadlines.resolution) },
    tier: ticket.terms.tier,
    customerName: ticket.terms.name,
    impact: ticket.impact,
    urgency: ticket.urgency,
    blocking: ticket.blocking,
    urgent: ticket.urgent,
    outOfHours: ticket.outOfHours,
    bestEffort: ticket.bestEffort,
    missingFields: ticket.missingFields,
    createdAt: formatInZone(calendar, ticket.createdAt),
    clockStart: iso(ticket.clockStart),
    takenInChargeAt: iso(ticket.takenInChargeAt),
    expectedResolutionAt: iso(ticket.expectedResolutionAt),
    resolvedAt: iso(ticket.resolvedAt),
    closedAt: iso(ticket.closedAt),
    notes: ticket.notes.length,
    assignee: ticket.assignee ?? null,
    category: ticket.category ?? null,
    categoryName: categoryName(desk, ticket.category),
    billable: ticket.billable
      ? { at: formatInZone(calendar, ticket.billable.at), actor: ticket.billable.actor }
      : null,
    connectedSystems: ticket.connectedSystems ?? null,
    waived: (ticket.waived ?? []).map((w) => ({ ...w, at: formatInZone(calendar, w.at) })),
    team: currentTeam(desk, ticket),
    thirdPartyReplies: { kept: tally.kept, counted: tally.counted },
    zone: deskZone(desk),
  };
}
