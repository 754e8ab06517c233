import type { Desk } from '../../desk/desk';
import type { Instant, Priority } from '../../domain/vocabulary';
import type { Attempt, TicketPorts, WorkSettings } from '../deps';
import { TicketRequestError } from '../errors';
import { existingTicket } from '../exactly-once/update-ticket';
import { capUtf8, OWN_WORDS_MAX_BYTES } from '../intake/received-content';
import { operatorAddress } from '../model/actor';
import { checkExpectation } from '../model/expectation';
import { ALLOWED_FROM, NOT_TAKEN } from '../model/step-statuses';
import type { Ticket } from '../model/ticket';
import { takeCharge } from './lifecycle';
import {
  type LifecycleResult,
  requestStep,
  runTransition,
  type StepRequest,
  type Transition,
} from './lifecycle-run';
import { ticketCalendar } from './pauses';
import { reprioritisedTargets } from './targets';

// The steps of the conversation: the operator writes to the customer, notes, corrects. Each runs
// as a lifecycle transition, so who did it is saved with the change and logged beside the ticket.

function requireWords(request: StepRequest, what: string): void {
  const words = request.words;
  if (!words || (words.text.trim() === '' && words.attachments.length === 0)) {
    throw new TicketRequestError(`${what} needs a text (--text or --file) or a file`);
  }
}

const REPLY: Transition = {
  action: 'reply',
  verb: 'reply',
  from: ALLOWED_FROM.reply,
  apply: (ticket) => ticket,
  event: 'replied',
  unschedule: [],
};

function noteStep(text: string): Transition {
  return {
    action: 'note',
    verb: 'add a note',
    from: ALLOWED_FROM.note,
    apply: (ticket) => ticket,
    event: null,
    unschedule: [],
    // The note is an item of its own beside the ticket, like every message: the ticket never grows.
    // Timed as the step saved it, so that a retry at another time writes the same item.
    record: (ports, ticket, changeId, now) =>
      ports.messages.append({
        ticket: ticket.number,
        id: changeId,
        at: ticket.lastStep?.id === changeId ? ticket.lastStep.at : now,
        direction: 'in',
        kind: 'note',
        from: ticket.lastStep?.actor ?? '',
        to: [],
        subject: 'note',
        messageIds: [],
        rawId: null,
        size: null,
        truncated: false,
        ...noteWords(text),
      }),
  };
}

function noteWords(text: string): { ownWords: string; ownWordsCut?: boolean } {
  const capped = capUtf8(text.trim(), OWN_WORDS_MAX_BYTES);
  return capped.cut ? { ownWords: capped.text, ownWordsCut: true } : { ownWords: capped.text };
}

function expectStep({ at }: StepRequest & { readonly at: Instant }): Transition {
  return {
    action: 'expect',
    verb: 'send an expected resolution',
    from: ALLOWED_FROM.expect,
    check: (ticket, now, desk) => checkExpectation(desk, ticket, at, now),
    apply: (ticket) => ({ ...ticket, expectedResolutionAt: at }),
    event: 'expectation-changed',
    unschedule: [],
  };
}

/**
 * The ticket at another priority, its pending targets recomputed from their clock starts (the SLA
 * clock's, the reopening's for those met by the resolution, an escalation's) and moved by the
 * pauses since, as the customer's answers moved them; a target already met stays as it was. A
 * ticket whose clock has not started keeps none: the completing reply computes them at this priority.
 */
export function reprioritised(desk: Desk, ticket: Ticket, priority: Priority): Ticket {
  const changed = { ...ticket, priority };
  if (ticket.clockStart === null && (ticket.escalations ?? []).length === 0) return changed;
  return reprioritisedTargets(desk, ticketCalendar(ticket, desk), changed);
}

function priorityStep({ priority }: StepRequest & { readonly priority: Priority }): Transition {
  return {
    action: 'priority',
    verb: 'change the priority',
    from: ALLOWED_FROM.priority,
    apply: (ticket, _now, desk) => reprioritised(desk, ticket, priority),
    event: null,
    unschedule: [],
    replan: true,
    detail: (after) => after.priority,
  };
}

function assignStep({ assignee }: StepRequest & { readonly assignee: string }): Transition {
  return {
    action: 'assign',
    verb: 'assign',
    from: ALLOWED_FROM.assign,
    check: (_ticket, _now, desk) => {
      operatorAddress(desk, assignee);
    },
    apply: (ticket, _now, desk) => ({ ...ticket, assignee: operatorAddress(desk, assignee) }),
    event: null,
    unschedule: [],
    detail: (after) => after.assignee ?? '',
  };
}

/**
 * Writes to the customer: the operator's words (and files) in the customer's thread and language.
 * On a ticket nobody has taken in charge yet, the reply takes it in charge.
 */
export async function replyToCustomer(
  ports: TicketPorts,
  number: string,
  request: StepRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  requireWords(request, 'a reply');
  const ticket = await existingTicket(ports.tickets, number);
  const resumedTake = request.changeId !== undefined && ticket.lastStep?.id === request.changeId;
  if (NOT_TAKEN.includes(ticket.status) || (resumedTake && ticket.lastStep?.action === 'take-charge')) {
    return takeCharge(ports, number, { ...request, expectedResolutionAt: null }, attempt, settings);
  }
  return runTransition(ports, number, REPLY, request, attempt, settings);
}

/** An internal note: kept beside the ticket with who wrote it; nothing goes to the customer. */
export function noteTicket(
  ports: TicketPorts,
  number: string,
  request: StepRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  const text = request.words?.text.trim() ?? '';
  if (text === '') throw new TicketRequestError('a note needs a text (--text or --file)');
  const internal = { actor: request.actor, ...(request.changeId ? { changeId: request.changeId } : {}) };
  return runTransition(ports, number, noteStep(text), internal, attempt, settings);
}

/** Tells the customer a new expected resolution time (a ticket in progress may get several). */
export const expectResolution = requestStep(expectStep);

/** Corrects the priority: deadlines recomputed from their clock starts, their reminders replaced. */
export const setPriority = requestStep(priorityStep);

/** Assigns the ticket to one of the desk's operators. */
export const assignTicket = requestStep(assignStep);
