import type { Calendar } from '../../calendar';
import type { Desk } from '../../desk/desk';
import type { Instant } from '../../domain/vocabulary';
import type { PlannedReminder } from '../../intake/decision';
import { contractDeadlines, type TargetState, targetReminders } from '../../targets';
import type { Deadlines, Pause, Ticket } from '../model/ticket';
import { reminderSent } from '../reminders/send-reminder';
import { endedPause, openPause } from './pauses';
import { resumedTargets, ticketTargets } from './targets';

/** The customer answered a clarification request: the pause ends, the deadlines move, the clocks run again. */
export interface ResumedChange {
  readonly kind: 'resumed';
  /** Receipt of the customer's message: the pause ends here. */
  readonly at: Instant;
  /** Which of the ticket's pauses ended (1 for its first): it names the schedules made for it. */
  readonly pause: number;
  readonly status: Pause['resumeTo'];
  readonly deadlines: Deadlines;
  /** The targets moved (absent on changes recorded before targets). */
  readonly targets?: readonly TargetState[];
  /** The SLA reminders of the steps still undone, at their moved deadlines. */
  readonly reminders: readonly PlannedReminder[];
}

/** The ticket after the customer's answer: the pause ended, back where it was, its targets and deadlines moved. */
export function resumedTicket(ticket: Ticket, change: ResumedChange): Ticket {
  const ended = { ...endedPause(ticket, change.at), status: change.status, deadlines: change.deadlines };
  return change.targets === undefined ? ended : { ...ended, targets: change.targets };
}

/**
 * What guards a ticket whose clocks run: the warning, due and late reminders of each target still
 * pending (take charge while nobody took it in charge; resolution; intervention...), at its due
 * time as it stands now, the warning counted net of every pause. A reminder already sent in this
 * round is not planned again: each fires once per round, and the ask deleted only the ones still pending.
 */
export function resumedReminders(desk: Desk, ticket: Ticket, calendar: Calendar): PlannedReminder[] {
  const states = ticketTargets(ticket, calendar, desk.warningRatio);
  return targetReminders(desk, calendar, states, ticket.terms).filter((r) => !reminderSent(ticket, r.kind));
}

/**
 * Decides the customer's message on a ticket awaiting their answer, received at `at`: the pause
 * ends at its receipt, the ticket returns to the status it was asked from, its targets move by
 * the paused business time and its reminders are planned anew. Null when the message does not
 * answer the question (received before it was asked: it crossed it), so it is only appended.
 */
export function resumedChange(
  ticket: Ticket,
  at: Instant,
  calendar: Calendar,
  desk: Desk,
): ResumedChange | null {
  const pause = openPause(ticket);
  if (pause === null || at <= pause.start) return null;
  const targets = resumedTargets(desk, calendar, ticket, { start: pause.start, end: at });
  const change = {
    kind: 'resumed' as const,
    at,
    pause: ticket.pauses.length,
    status: pause.resumeTo,
    deadlines: contractDeadlines(targets),
    targets,
    reminders: [],
  };
  return { ...change, reminders: resumedReminders(desk, resumedTicket(ticket, change), calendar) };
}
