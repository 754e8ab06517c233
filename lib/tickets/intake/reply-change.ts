import type { Instant, RequiredField } from '../../domain/vocabulary';
import type { PlannedReminder, SlaPlan } from '../../intake/decision';
import type { Deadlines, TargetState, Ticket } from '../model/ticket';
import { reopenedTicket, reopenResolution } from '../steps/reopen';
import { type ResumedChange, resumedTicket } from '../steps/resume';

/** What a customer's reply does to its ticket, decided once and recorded so a retry applies the same. */
export type ReplyChange =
  | { readonly kind: 'appended' }
  | { readonly kind: 'still-missing'; readonly missing: readonly RequiredField[] }
  | {
      readonly kind: 'completed';
      readonly clockStart: Instant;
      readonly deadlines: Deadlines;
      readonly reminders: readonly PlannedReminder[];
      /** The targets started (absent on changes recorded before targets). */
      readonly targets?: readonly TargetState[];
    }
  | {
      readonly kind: 'reopened';
      /** Receipt of the reply: the new resolution clock starts here. */
      readonly at: Instant;
      readonly resolution: Instant | null;
      /** The targets after the reopening (absent on changes recorded before targets). */
      readonly targets?: readonly TargetState[];
    }
  | ResumedChange;

/**
 * Decides a customer's reply: on an awaiting-info ticket it may complete the request (the SLA
 * clock starts from the reply), on a resolved ticket it reopens it (a fresh resolution clock from
 * the reply), on a ticket awaiting the customer's answer it ends the pause (`resumeAt` decides
 * how: see resumedChange), else it is only appended.
 */
export function replyChange(
  ticket: Ticket,
  supplied: readonly RequiredField[],
  receivedAt: Instant,
  planFrom: (clockStart: Instant) => SlaPlan,
  resumeAt: (receivedAt: Instant) => ResumedChange | null,
): ReplyChange {
  if (ticket.status === 'awaiting-customer') return resumeAt(receivedAt) ?? { kind: 'appended' };
  if (ticket.status === 'resolved') {
    return { kind: 'reopened', at: receivedAt, resolution: reopenResolution(ticket, receivedAt, planFrom) };
  }
  if (ticket.status !== 'awaiting-info') return { kind: 'appended' };
  const missing = ticket.missingFields.filter((field) => !supplied.includes(field));
  if (missing.length > 0) return { kind: 'still-missing', missing };
  const plan = planFrom(receivedAt);
  return {
    kind: 'completed',
    clockStart: receivedAt,
    deadlines: plan.deadlines,
    reminders: plan.reminders,
    ...(plan.targets === undefined ? {} : { targets: plan.targets }),
  };
}

/**
 * The ticket once nothing is missing any more (the customer's reply supplied it, or an operator
 * waived it): open, its SLA clock started at `clockStart`, with the deadlines planned from there.
 */
export function completedTicket(
  ticket: Ticket,
  clockStart: Instant,
  deadlines: Deadlines,
  targets: Ticket['targets'],
): Ticket {
  return {
    ...ticket,
    status: 'open',
    missingFields: [],
    clockStart,
    deadlines,
    ...(targets === undefined ? {} : { targets }),
  };
}

/** The ticket after the reply: its Message-ID kept for threading, and the change applied. */
export function applyReplyChange(ticket: Ticket, change: ReplyChange, messageId: string | null): Ticket {
  const threaded = messageId && !ticket.customerMessageIds.includes(messageId);
  const base = threaded
    ? { ...ticket, customerMessageIds: [...ticket.customerMessageIds, messageId] }
    : ticket;
  switch (change.kind) {
    case 'appended':
      return base;
    case 'still-missing':
      return { ...base, missingFields: [...change.missing] };
    case 'completed':
      return completedTicket(base, change.clockStart, change.deadlines, change.targets);
    case 'reopened':
      return reopenedTicket(base, change.at, change.resolution, change.targets);
    case 'resumed':
      return resumedTicket(base, change);
  }
}

/** True when the sender is the ticket's customer, or (where the desk allows it) of the customer's domain. */
export function isFromCustomer(ticket: Ticket, sender: string | null, sameDomain: boolean): boolean {
  if (!sender) return false;
  const address = sender.toLowerCase();
  if (address === ticket.customer) return true;
  return sameDomain && domainOf(address) === domainOf(ticket.customer);
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}
