import type { AnyReminderKind, Instant } from '../domain/vocabulary';

/** What a fired reminder tells the send-reminder function. */
export interface ReminderPayload {
  /** Ticket number, e.g. `2026-000042`. */
  readonly ticket: string;
  /** A contract kind, or a named target's (`target-intervention-due`). */
  readonly kind: AnyReminderKind;
}

/** One reminder to fire once, at a given instant. */
export interface ReminderSchedule {
  /** Deterministic from ticket and kind: at most 64 characters of `[0-9a-zA-Z-_.]`. */
  readonly name: string;
  readonly at: Instant;
  /** IANA zone the schedule expression is written in (the ticket's calendar zone). */
  readonly timeZone: string;
  readonly payload: ReminderPayload;
}

/**
 * Port: one-time reminders. EventBridge Scheduler on AWS; a durable local stand-in for
 * `npm start`. Both calls are idempotent, so a retried ingest can repeat them safely.
 */
export interface ReminderScheduler {
  /** Creates the schedule; one of that name already existing counts as done. */
  create(schedule: ReminderSchedule): Promise<void>;
  /** Deletes the schedule; a missing one counts as done. */
  delete(name: string): Promise<void>;
}
