import type { Calendar } from '../../calendar';
import type { Instant } from '../../domain/vocabulary';
import type { PlannedReminder } from '../../intake/decision';
import type { Deadlines, Pause, Ticket } from '../model/ticket';
import { warningAndDue } from '../reminders/pause-reminders';
import { reminderSent } from '../reminders/send-reminder';
import { endedPause, openPause, pausedSpans, resumedDeadlines } from './pauses';
import { resolutionClockStart } from './reopen';

/** The customer answered a clarification request: the pause ends, the deadlines move, the clocks run again. */
export interface ResumedChange {
  readonly kind: 'resumed';
  /** Receipt of the customer's message: the pause ends here. */
  readonly at: Instant;
  /** Which of the ticket's pauses ended (1 for its first): it names the schedules made for it. */
  readonly pause: number;
  readonly status: Pause['resumeTo'];
  readonly deadlines: Deadlines;
  /** The SLA reminders of the steps still undone, at their moved deadlines. */
  readonly reminders: readonly PlannedReminder[];
}

/** The ticket after the customer's answer: the pause ended, back where it was, its deadlines moved. */
export function resumedTicket(ticket: Ticket, change: ResumedChange): Ticket {
  return { ...endedPause(ticket, change.at), status: change.status, deadlines: change.deadlines };
}

/**
 * What guards a ticket whose clocks run again: the warning and due reminders of each step still
 * undone (take-charge while nobody took it in charge; resolution), at its deadline as it stands
 * now, the warning counted net of every pause. A reminder already sent in this round is not
 * planned again: each fires once per round, and the ask deleted only the ones still pending.
 */
export function resumedReminders(ticket: Ticket, calendar: Calendar, ratio: number): PlannedReminder[] {
  const { takeCharge, resolution } = ticket.deadlines;
  const spans = pausedSpans(ticket, Number.MAX_SAFE_INTEGER);
  const take =
    ticket.takenInChargeAt === null
      ? warningAndDue(
          calendar,
          ticket.clockStart,
          takeCharge,
          ratio,
          ['take-charge-warning', 'take-charge-due'],
          spans,
        )
      : [];
  const solve = warningAndDue(
    calendar,
    resolutionClockStart(ticket),
    resolution,
    ratio,
    ['resolution-warning', 'resolution-due'],
    spans,
  );
  return [...take, ...solve].filter((r) => !reminderSent(ticket, r.kind)).sort((a, b) => a.at - b.at);
}

/**
 * Decides the customer's message on a ticket awaiting their answer, received at `at`: the pause
 * ends at its receipt, the ticket returns to the status it was asked from, its deadlines move by
 * the paused business time and its reminders are planned anew. Null when the message does not
 * answer the question (received before it was asked: it crossed it), so it is only appended.
 */
export function resumedChange(
  ticket: Ticket,
  at: Instant,
  calendar: Calendar,
  warningRatio: number,
): ResumedChange | null {
  const pause = openPause(ticket);
  if (pause === null || at <= pause.start) return null;
  const deadlines = resumedDeadlines(ticket, calendar, { start: pause.start, end: at });
  const change = {
    kind: 'resumed' as const,
    at,
    pause: ticket.pauses.length,
    status: pause.resumeTo,
    deadlines,
    reminders: [],
  };
  return { ...change, reminders: resumedReminders(resumedTicket(ticket, change), calendar, warningRatio) };
}
