import type { Instant, RequiredField } from '../../domain/vocabulary';
import { planSla } from '../../intake/sla-plan';
import type { TicketPorts } from '../deps';
import { unscheduleKinds } from '../exactly-once/effects';
import { completedTicket } from '../intake/reply-change';
import { operatorAddress } from '../model/actor';
import { ALLOWED_FROM } from '../model/step-statuses';
import type { Ticket } from '../model/ticket';
import { checkWaivable } from '../model/waiver';
import { replanReminders } from '../reminders/replan';
import { requestStep, type StepRequest, type Transition } from './lifecycle-run';

/**
 * The ticket with `field` waived by `actor` at `now`: no longer missing, the waiver recorded. When
 * nothing is missing any more the request is complete as when the customer's reply completes it:
 * open, the SLA clock started at the waiver, the deadlines planned from there.
 */
export function waivedTicket(
  ticket: Ticket,
  field: RequiredField,
  now: Instant,
  actor: string,
  planFrom: (clockStart: Instant) => Pick<Ticket, 'deadlines' | 'targets'>,
): Ticket {
  const waived = {
    ...ticket,
    missingFields: ticket.missingFields.filter((f) => f !== field),
    waived: [...(ticket.waived ?? []), { field, at: now, actor }],
  };
  if (waived.missingFields.length > 0) return waived;
  const plan = planFrom(now);
  return completedTicket(waived, now, plan.deadlines, plan.targets);
}

/**
 * What follows a step that completed the request (its clock started by it): the customer's
 * awaiting-info nudge guards nothing any more, and the new deadlines get their reminders, as a
 * completing reply schedules them. Nothing for a step that left something missing. Safe to repeat.
 */
async function followCompletion(ports: TicketPorts, ticket: Ticket, changeId: string, now: Instant) {
  if (ticket.status !== 'open' || ticket.clockStart === null) return ticket;
  const unscheduled = await unscheduleKinds(ports, ticket, ['awaiting-info'], changeId);
  return replanReminders(ports, unscheduled, changeId, now);
}

function waiveStep({ field, actor }: StepRequest & { readonly field: RequiredField }): Transition {
  return {
    action: 'waive',
    verb: 'waive a field',
    from: ALLOWED_FROM.waive,
    check: (ticket) => checkWaivable(ticket.number, ticket.missingFields, field),
    apply: (ticket, now, desk) =>
      waivedTicket(ticket, field, now, operatorAddress(desk, actor), (start) => planSla(desk, ticket, start)),
    event: null,
    // The customer was told the request waits for what it missed: they hear when the clock starts.
    eventAfter: (after) => (after.status === 'open' ? 'request-accepted' : null),
    unschedule: [],
    detail: () => field,
    follow: followCompletion,
  };
}

/**
 * Waives a field the request misses: it no longer counts. The waiver that leaves nothing missing
 * starts the SLA clock from now, its deadlines and reminders planned as a completing reply's.
 */
export const waiveField = requestStep(waiveStep);
