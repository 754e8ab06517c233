import { addBusinessTime, type Calendar } from '../calendar';
import type { CustomerTerms, Desk } from '../desk/desk';
import type { Instant, Priority } from '../domain/vocabulary';
import { contractDeadlines, planTargets, targetReminders } from '../targets';
import type { PlannedReminder, SlaPlan } from './decision';
import { IntakeError } from './errors';

/** What the SLA of a ticket depends on. */
export interface SlaTerms {
  readonly priority: Priority;
  readonly terms: CustomerTerms;
  /** No deadlines at all (best effort). */
  readonly bestEffort: boolean;
  /** The calendar the clock runs on: the customer's, or the contract's out-of-hours cover. */
  readonly calendarId: string;
  /** Targets with a condition on it (policy A: non-blocking only); absent: not blocking. */
  readonly blocking?: boolean;
}

/** The calendar of a customer's terms; a desk validated by parseDesk always has it. */
export function calendarOf(desk: Desk, calendarId: string): Calendar {
  const calendar = desk.calendars.get(calendarId);
  if (!calendar) throw new IntakeError(`desk ${desk.name} has no calendar ${JSON.stringify(calendarId)}`);
  return calendar;
}

/**
 * The targets of the tier that start with the SLA clock at `clockStart` (take charge, resolution,
 * intervention...), the contract's deadlines they give, and their warnings, due and late reminders.
 */
export function planSla(desk: Desk, ticket: SlaTerms, clockStart: Instant): SlaPlan {
  if (ticket.bestEffort || !desk.tiers.has(ticket.terms.tier)) {
    // No target at all: the plan says so as it always did (the ticket's targets read as none).
    return { deadlines: { takeCharge: null, resolution: null }, reminders: [] };
  }
  const cal = calendarOf(desk, ticket.calendarId);
  const targets = planTargets(desk, cal, {
    ...ticket,
    blocking: ticket.blocking ?? false,
    clockStart,
    resolutionStart: clockStart,
    escalations: [],
    pauses: [],
  });
  return {
    deadlines: contractDeadlines(targets),
    reminders: targetReminders(desk, cal, targets, ticket.terms),
    targets,
  };
}

/** The customer's nudge: the desk's wait (3 business days) after an acknowledgement that asked for missing fields. */
export function planAwaitingInfo(desk: Desk, terms: CustomerTerms, askedAt: Instant): PlannedReminder {
  return {
    at: addBusinessTime(calendarOf(desk, terms.calendarId), askedAt, desk.awaitingInfoAfter),
    kind: 'awaiting-info',
  };
}
