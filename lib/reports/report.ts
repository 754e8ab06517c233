import { type Calendar, CalendarError, calendarFromSnapshot } from '../calendar';
import type { Desk } from '../desk/desk';
import { type Instant, PRIORITIES, type Priority, type TicketStatus } from '../domain/vocabulary';
import type { Ticket } from '../tickets/model/ticket';
import type { CustomerCredits } from '../tickets/views/credits';
import { type BillableLine, billableLines } from './billable';
import type { GroupDimension } from './dimensions';
import { TicketCalendarError, UnknownCalendarError } from './errors';
import { type GroupSection, groupSection } from './groups';
import { DEFAULT_GROUPING, type PeriodKind, type ReportOptions } from './options';
import { type PenaltyLine, penaltyLines } from './penalty';
import { type Period, periodOf, periodsCovering } from './periods';
import { type ReportRow, tally } from './tally';
import { targetCatalogue } from './target-catalogue';
import { type Exclusion, exclusionOf, type TicketOutcome, ticketOutcome } from './ticket-outcome';

/** A ticket listed apart: no SLA to judge (best effort, or its clock had not started). */
export interface ExcludedTicket {
  readonly number: string;
  readonly priority: Priority;
  readonly status: TicketStatus;
  readonly receivedAt: Instant;
  readonly reason: Exclusion;
}

/**
 * One period of the report: overall, per priority, per each grouping asked for, the tickets left
 * out of the ratios, the customers' standing against their penalty clauses, the billable tickets.
 */
export interface PeriodReport {
  readonly period: Period;
  readonly overall: ReportRow;
  readonly byPriority: Readonly<Record<Priority, ReportRow>>;
  /** One section per grouping of the report, in its order. */
  readonly groups: readonly GroupSection[];
  readonly excluded: readonly ExcludedTicket[];
  /** Customers with a contract value and a penalty clause (policy C), judged on their own tickets. */
  readonly penalties: readonly PenaltyLine[];
  /** Tickets marked billable, per customer (policy B). */
  readonly billable: readonly BillableLine[];
}

/** SLA compliance per period (policy C: the compliance ratio per period; policy E: monitored monthly). */
export interface SlaReport {
  readonly at: Instant;
  /** Tickets received in [from, to). */
  readonly from: Instant;
  readonly to: Instant;
  readonly kind: PeriodKind;
  readonly target: number;
  /** The groupings of every period, in order. */
  readonly by: readonly GroupDimension[];
  /** The desk calendar's zone, where periods begin at midnight. */
  readonly calendar: Calendar;
  readonly periods: readonly PeriodReport[];
  /**
   * Each contract customer with a credit allowance (policy C) and what is left of it, as the
   * ledger counts now (credits are not dated: the report's instant does not move them); empty
   * when the desk counts none or the caller gave none.
   */
  readonly credits: readonly CustomerCredits[];
}

/** What the report shows beside the tickets, read by the caller (the credit ledger is I/O). */
export interface ReportStanding {
  /** lib/tickets/views/credits remainingCredits: per customer with an allowance. */
  readonly credits?: readonly CustomerCredits[];
}

// The calendar the ticket's deadlines were computed with, kept on the ticket; today's desk
// calendar only for tickets stored before tickets kept theirs.
function calendarFor(desk: Desk, ticket: Ticket): Calendar {
  if (ticket.calendarSnapshot !== undefined) {
    try {
      return calendarFromSnapshot(ticket.calendarSnapshot);
    } catch (error) {
      if (error instanceof CalendarError) throw new TicketCalendarError(ticket.number, error.message);
      throw error;
    }
  }
  const calendar = desk.calendars.get(ticket.calendarId);
  if (!calendar) throw new UnknownCalendarError(ticket.number, ticket.calendarId);
  return calendar;
}

function excluded(ticket: Ticket, reason: Exclusion): ExcludedTicket {
  const { number, priority, status, createdAt } = ticket;
  return { number, priority, status, receivedAt: createdAt, reason };
}

function periodReport(
  period: Period,
  tickets: readonly Ticket[],
  desk: Desk,
  o: ReportOptions,
): PeriodReport {
  const inPeriod = tickets.filter((t) => t.createdAt >= period.start && t.createdAt < period.end);
  const judged: TicketOutcome[] = [];
  const apart: ExcludedTicket[] = [];
  const catalogue = targetCatalogue(desk);
  for (const ticket of inPeriod) {
    const reason = exclusionOf(ticket, o.at);
    if (reason) apart.push(excluded(ticket, reason));
    else judged.push(ticketOutcome(ticket, calendarFor(desk, ticket), o.at, catalogue));
  }
  const of = (p: Priority) =>
    tally(
      judged.filter((j) => j.ticket.priority === p),
      o.target,
      catalogue,
    );
  const byPriority = Object.fromEntries(PRIORITIES.map((p) => [p, of(p)])) as Record<Priority, ReportRow>;
  return {
    period,
    overall: tally(judged, o.target, catalogue),
    byPriority,
    groups: (o.by ?? DEFAULT_GROUPING).map((d) => groupSection(judged, d, desk, o.target)),
    excluded: apart,
    penalties: penaltyLines(judged, desk),
    billable: billableLines(inPeriod, desk, o.at),
  };
}

/**
 * SLA compliance of the tickets received in the range, per period, in the zone of the desk's
 * default calendar. Every ticket is judged as things stood at `options.at`: a step undone past its
 * deadline counts as missed, and what happened after `at` is ignored. A ticket belongs to the
 * period in which it was received. Pure: tickets, desk and the credits the caller read in, report out.
 */
export function slaReport(
  tickets: readonly Ticket[],
  desk: Desk,
  options: ReportOptions,
  standing: ReportStanding = {},
): SlaReport {
  const calendar = desk.calendars.get(desk.defaultCalendarId);
  if (!calendar) throw new UnknownCalendarError('(desk default)', desk.defaultCalendarId);
  const { period: kind, target } = options;
  const to = reportEnd(options);
  const inRange = tickets.filter(
    (t) => t.createdAt < to && (options.from === null || t.createdAt >= options.from),
  );
  const from = options.from ?? periodOf(firstReceipt(inRange) ?? to - 1, kind, calendar.timeZone).start;
  const periods = periodsCovering(from, to, kind, calendar.timeZone).map((p) =>
    periodReport(p, inRange, desk, options),
  );
  const by = options.by ?? DEFAULT_GROUPING;
  const credits = standing.credits ?? [];
  return { at: options.at, from, to, kind, target, by, calendar, periods, credits };
}

/** The range ends at `to`, and never after the report's instant: later tickets did not exist yet. */
export function reportEnd(options: Pick<ReportOptions, 'at' | 'to'>): Instant {
  return Math.min(options.to ?? options.at, options.at);
}

function firstReceipt(tickets: readonly Ticket[]): Instant | null {
  return tickets.reduce<Instant | null>(
    (first, t) => (first === null ? t.createdAt : Math.min(first, t.createdAt)),
    null,
  );
}
