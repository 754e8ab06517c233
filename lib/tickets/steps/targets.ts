import type { Calendar } from '../../calendar';
import type { Desk } from '../../desk/desk';
import type { TargetEvent } from '../../desk/targets';
import type { Instant, Span } from '../../domain/vocabulary';
import {
  contractDeadlines,
  metTargets,
  movedTargets,
  planTargets,
  restartsOnReopen,
  type TargetFacts,
  type TargetState,
  warningAt,
} from '../../targets';
import type { Ticket } from '../model/ticket';

// The ticket side of named targets: what a step does to them. Their times are computed in one
// place (lib/targets planTargets), from the facts the ticket holds.

/** Ended clarification pauses as spans: an open one moves the due times when it ends. */
function endedSpans(ticket: Ticket): Span[] {
  return ticket.pauses.flatMap((p) =>
    p.end !== null && p.end > p.start ? [{ start: p.start, end: p.end }] : [],
  );
}

/** When the current resolution clock started: the last reopening, else the SLA clock start. */
function resolutionStart(ticket: Ticket): Instant | null {
  return ticket.reopenings.at(-1)?.at ?? ticket.clockStart;
}

/**
 * A ticket stored before targets: its two deadlines stand for targets takeCharge (met by the take
 * charge) and resolution (met by the resolution), promised as they always were.
 */
function legacyTargets(ticket: Ticket, calendar: Calendar, ratio: number): TargetState[] {
  const spans = endedSpans(ticket);
  const state = (name: string, start: Instant | null, due: Instant | null, metAt: Instant | null) =>
    start === null || due === null
      ? []
      : [{ name, start, due, warning: warningAt(calendar, start, due, ratio, spans), metAt, promised: true }];
  return [
    ...state('takeCharge', ticket.clockStart, ticket.deadlines.takeCharge, ticket.takenInChargeAt),
    ...state('resolution', resolutionStart(ticket), ticket.deadlines.resolution, ticket.resolvedAt),
  ];
}

/** The ticket's targets: as it carries them, or as its two deadlines stand for them. */
export function ticketTargets(ticket: Ticket, calendar: Calendar, ratio: number): readonly TargetState[] {
  return ticket.targets ?? legacyTargets(ticket, calendar, ratio);
}

/** The ticket with these targets, and the contract's deadlines they give. */
export function withTargets(ticket: Ticket, targets: readonly TargetState[]): Ticket {
  return { ...ticket, targets, deadlines: contractDeadlines(targets) };
}

/** What the planner needs of the ticket. */
export function targetFactsOf(ticket: Ticket): TargetFacts {
  return {
    priority: ticket.priority,
    terms: ticket.terms,
    bestEffort: ticket.bestEffort,
    blocking: ticket.blocking,
    clockStart: ticket.clockStart,
    resolutionStart: resolutionStart(ticket),
    escalations: ticket.escalations ?? [],
    pauses: endedSpans(ticket),
  };
}

/**
 * The ticket at its (new) priority: every pending target recomputed from its clock start and moved
 * by the pauses since, every met one as it was. A ticket whose SLA clock has not started has none.
 */
export function reprioritisedTargets(desk: Desk, calendar: Calendar, ticket: Ticket): Ticket {
  const met = ticketTargets(ticket, calendar, desk.warningRatio).filter((s) => s.metAt !== null);
  return withTargets(ticket, planTargets(desk, calendar, targetFactsOf(ticket), met));
}

/** The ticket with the targets of every team it was escalated to started (each at its first escalation). */
export function escalatedTargets(desk: Desk, calendar: Calendar, ticket: Ticket): Ticket {
  const current = ticketTargets(ticket, calendar, desk.warningRatio);
  return withTargets(ticket, planTargets(desk, calendar, targetFactsOf(ticket), current));
}

/**
 * The targets of a ticket just reopened (its reopening recorded): those met by the resolution start
 * again from the reopening, the others stay as they were.
 */
export function reopenedTargets(
  desk: Desk,
  calendar: Calendar,
  reopened: Ticket,
  before: Ticket,
): TargetState[] {
  const kept = ticketTargets(before, calendar, desk.warningRatio).filter(
    (s) => !restartsOnReopen(desk, before.terms, s),
  );
  return planTargets(desk, calendar, targetFactsOf(reopened), kept);
}

/** The targets once the customer answered: every pending one moved by the pause. */
export function resumedTargets(desk: Desk, calendar: Calendar, ticket: Ticket, pause: Span): TargetState[] {
  const spans = [...endedSpans(ticket), pause];
  return movedTargets(
    ticket.targets ?? legacyTargets(ticket, calendar, desk.warningRatio),
    calendar,
    pause,
    spans,
    desk.warningRatio,
  );
}

/**
 * The resolution time the customer is told on taking charge when the operator gives none: the
 * resolution target's due time if the customer was promised it, else none (the operator tells it later).
 */
export function promisedResolution(ticket: Ticket): Instant | null {
  if (ticket.targets === undefined) return ticket.deadlines.resolution;
  const resolution = ticket.targets.find((s) => s.name === 'resolution');
  return resolution?.promised ? resolution.due : null;
}

/** The ticket after `events` at `at`: the pending targets they meet are met there. */
export function ticketMeeting(
  desk: Desk,
  calendar: Calendar,
  ticket: Ticket,
  events: readonly TargetEvent[],
  at: Instant,
): Ticket {
  if (events.length === 0) return ticket;
  const states = ticketTargets(ticket, calendar, desk.warningRatio);
  return withTargets(ticket, metTargets(desk, ticket.terms, states, events, at));
}
