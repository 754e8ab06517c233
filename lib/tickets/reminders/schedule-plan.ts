import {
  type AnyReminderKind,
  type Instant,
  isAnyReminderKind,
  type ReminderKind,
} from '../../domain/vocabulary';
import type { PlannedReminder } from '../../intake/decision';
import type { ReminderSchedule } from '../../ports/reminder-scheduler';

/** Scheduler fires with minute precision and refuses the past: a reminder already due fires a minute from now. */
const SOONEST_MS = 60_000;

/**
 * Deterministic schedule name (at most 64 of `[0-9a-zA-Z-_.]`): `2026-000042-take-charge-warning`
 * in the first round, `2026-000042-r2-resolution-due` after the second reopening, and with
 * `-p3` after the round for the reminders the ticket's third clarification pause made (its nudge,
 * and the deadlines it moved), so a new round's or pause's schedule never meets an earlier one of
 * the same kind.
 */
export function scheduleName(ticket: string, kind: AnyReminderKind, round = 0, pause = 0): string {
  const series = `${round === 0 ? '' : `-r${round}`}${pause === 0 ? '' : `-p${pause}`}`;
  return `${ticket}${series}-${kind}`;
}

const NAME_PATTERN = /^(\d{4}-\d{6})-(?:r\d+-)?(?:p\d+-)?([a-zA-Z0-9-]+)$/;

/** The reminder kind a schedule name of this ticket stands for, whatever its round or pause; null for another name. */
export function scheduleKind(ticket: string, name: string): AnyReminderKind | null {
  const match = NAME_PATTERN.exec(name);
  const kind = match?.[2];
  return match?.[1] === ticket && isAnyReminderKind(kind) ? kind : null;
}

/** The schedules of planned reminders of one round (and pause), written in the ticket calendar's zone. */
export function schedulesFor(
  ticket: string,
  reminders: readonly PlannedReminder[],
  timeZone: string,
  now: Instant,
  round = 0,
  pause = 0,
): ReminderSchedule[] {
  return reminders.map((reminder) => ({
    name: scheduleName(ticket, reminder.kind, round, pause),
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

/** Reminder kinds of the SLA clocks: none is due while the clocks are paused. */
export const SLA_KINDS: readonly ReminderKind[] = [
  'take-charge-warning',
  'take-charge-due',
  'resolution-warning',
  'resolution-due',
];
