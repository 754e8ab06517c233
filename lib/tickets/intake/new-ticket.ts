import { DateTime } from 'luxon';
import { wallTime } from '../../calendar/wall-time';
import { isIanaZone } from '../../calendar/zone-clock';
import type { Instant, RequiredField, TicketStatus } from '../../domain/vocabulary';
import type { ActDecision, SlaPlan, TicketFields } from '../../intake/decision';
import type { Note, Ticket } from '../model/ticket';
import { boundedTicket } from '../model/ticket-bounds';

/** What the pipeline settled about a new ticket beyond the intake decision. */
export interface NewTicketFacts {
  readonly number: string;
  readonly customer: string;
  readonly status: Extract<TicketStatus, 'awaiting-info' | 'open'>;
  readonly plan: SlaPlan;
  readonly notes: readonly Note[];
  /** The calendar the deadlines were computed with (calendarSnapshot), kept for reports. */
  readonly calendarSnapshot?: string;
  /** Fields a team requires beyond the intake's that the request carries (Ticket.suppliedFields). */
  readonly suppliedFields?: readonly RequiredField[];
}

/**
 * The year a ticket number carries: the year of receipt in the ticket calendar's zone, read from
 * the zone's clock (in a Lambda bundle without asking the Intl API, lib/calendar/zone-table.ts).
 */
export function ticketYear(receivedAt: Instant, timeZone: string): number {
  if (Number.isFinite(receivedAt) && isIanaZone(timeZone)) return wallTime(receivedAt, timeZone).year;
  return DateTime.fromMillis(receivedAt, { zone: timeZone }).year;
}

/** A new ticket from the intake decision: version 1, nothing scheduled or sent yet, within the ticket's bounds. */
export function newTicket(decision: ActDecision, facts: NewTicketFacts): Ticket {
  const fields = decision.ticket;
  const open = facts.status === 'open';
  return boundedTicket({
    number: facts.number,
    status: facts.status,
    customer: facts.customer,
    subject: decision.subject,
    language: fields.language,
    impact: fields.impact,
    urgency: fields.urgency,
    priority: fields.priority,
    blocking: fields.blocking,
    urgent: fields.urgent,
    outOfHours: fields.outOfHours,
    ...(fields.outOfHoursCover ? { outOfHoursCover: true } : {}),
    bestEffort: fields.bestEffort,
    missingFields: open ? [] : [...fields.missingFields],
    terms: fields.terms,
    calendarId: fields.calendarId,
    ...(fields.connectedSystems === undefined ? {} : { connectedSystems: fields.connectedSystems }),
    createdAt: decision.receivedAt,
    clockStart: open ? decision.receivedAt : null,
    deadlines: facts.plan.deadlines,
    ...(facts.plan.targets === undefined ? {} : { targets: facts.plan.targets }),
    ...(facts.calendarSnapshot === undefined ? {} : { calendarSnapshot: facts.calendarSnapshot }),
    takenInChargeAt: null,
    expectedResolutionAt: null,
    resolvedAt: null,
    closedAt: null,
    reopenings: [],
    pauses: [],
    customerMessageIds: decision.messageId ? [decision.messageId] : [],
    sentMessageIds: [],
    schedules: [],
    remindersSent: [],
    notes: [...facts.notes],
    ...(facts.suppliedFields && facts.suppliedFields.length > 0
      ? { suppliedFields: [...facts.suppliedFields] }
      : {}),
    applied: [],
    version: 1,
  });
}

/**
 * What the intake settled about the ticket's request, read back from the ticket (the inverse of
 * newTicket's fields): for a decision made later about the same request, such as the
 * acknowledgement of the reply that completes it. The ticket keeps no present fields.
 */
export function ticketFieldsOf(ticket: Ticket): TicketFields {
  return {
    language: ticket.language,
    impact: ticket.impact,
    urgency: ticket.urgency,
    priority: ticket.priority,
    blocking: ticket.blocking,
    urgent: ticket.urgent,
    outOfHours: ticket.outOfHours,
    outOfHoursCover: ticket.outOfHoursCover ?? false,
    bestEffort: ticket.bestEffort,
    presentFields: [],
    missingFields: [...ticket.missingFields],
    terms: ticket.terms,
    calendarId: ticket.calendarId,
    ...(ticket.connectedSystems === undefined ? {} : { connectedSystems: ticket.connectedSystems }),
  };
}
