import type { Instant, ReminderKind } from '../domain/vocabulary';
import type { PlannedReminder } from '../intake/decision';
import type { ReminderSchedule } from '../ports/reminder-scheduler';

/** Scheduler fires with minute precision and refuses the past: a reminder already due fires a minute from now. */
const SOONEST_MS = 60_000;

/** Deterministic schedule name: `2026-000042-take-charge-warning` (at most 64 of `[0-9a-zA-Z-_.]`). */
export function scheduleName(ticket: string, kind: ReminderKind): string {
  return `${ticket}-${kind}`;
}

/** The schedules of planned reminders, written in the ticket calendar's zone. */
export function schedulesFor(
  ticket: string,
  reminders: readonly PlannedReminder[],
  timeZone: string,
  now: Instant,
): ReminderSchedule[] {
  return reminders.map((reminder) => ({
    name: scheduleName(ticket, reminder.kind),
    at: Math.max(reminder.at, now + SOONEST_MS),
    timeZone,
    payload: { ticket, kind: reminder.kind },
  }));
}

/** Reminder kinds that stop guarding anything once a ticket is taken in charge. */
export const TAKE_CHARGE_KINDS: readonly ReminderKind[] = [
  'take-charge-warning',
  'take-charge-due',
  'awaiting-info',
];
/** Reminder kinds that stop guarding anything once a ticket is resolved. */
export const ALL_KINDS: readonly ReminderKind[] = [
  'take-charge-warning',
  'take-charge-due',
  'resolution-warning',
  'resolution-due',
  'awaiting-info',
];
