import {
  addBusinessTime,
  addOpenTime,
  type BusinessDuration,
  businessTimeBetween,
  type Calendar,
} from '../calendar';
import type { CustomerTerms, Desk } from '../desk/desk';
import type { Instant, Priority, ReminderKind } from '../domain/vocabulary';
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
}

/** The calendar of a customer's terms; a desk validated by parseDesk always has it. */
export function calendarOf(desk: Desk, calendarId: string): Calendar {
  const calendar = desk.calendars.get(calendarId);
  if (!calendar) throw new IntakeError(`desk ${desk.name} has no calendar ${JSON.stringify(calendarId)}`);
  return calendar;
}

function deadlineAndWarning(
  cal: Calendar,
  start: Instant,
  d: BusinessDuration | null,
  ratio: number,
  kinds: readonly [ReminderKind, ReminderKind],
): { deadline: Instant | null; reminders: PlannedReminder[] } {
  if (d === null) return { deadline: null, reminders: [] };
  const deadline = addBusinessTime(cal, start, d);
  // Whole seconds: schedules and ISO strings carry no milliseconds.
  const warningAfter = Math.round((businessTimeBetween(cal, start, deadline) * ratio) / 1000) * 1000;
  const warning = addOpenTime(cal, start, warningAfter);
  return {
    deadline,
    reminders: [
      { at: warning, kind: kinds[0] },
      { at: deadline, kind: kinds[1] },
    ],
  };
}

/** Take-charge and resolution deadlines from the clock start, with their 75 % warnings and due reminders. */
export function planSla(desk: Desk, ticket: SlaTerms, clockStart: Instant): SlaPlan {
  const tier = desk.tiers.get(ticket.terms.tier);
  if (ticket.bestEffort || !tier) return { deadlines: { takeCharge: null, resolution: null }, reminders: [] };
  const cal = calendarOf(desk, ticket.calendarId);
  const times = tier.times[ticket.priority];
  const take = deadlineAndWarning(cal, clockStart, times.takeCharge, desk.warningRatio, [
    'take-charge-warning',
    'take-charge-due',
  ]);
  const solve = deadlineAndWarning(cal, clockStart, times.resolution, desk.warningRatio, [
    'resolution-warning',
    'resolution-due',
  ]);
  return {
    deadlines: { takeCharge: take.deadline, resolution: solve.deadline },
    reminders: [...take.reminders, ...solve.reminders].sort((a, b) => a.at - b.at),
  };
}

/** The customer's nudge: the desk's wait (3 business days) after an acknowledgement that asked for missing fields. */
export function planAwaitingInfo(desk: Desk, terms: CustomerTerms, askedAt: Instant): PlannedReminder {
  return {
    at: addBusinessTime(calendarOf(desk, terms.calendarId), askedAt, desk.awaitingInfoAfter),
    kind: 'awaiting-info',
  };
}
