import type { Attempt, TicketPorts, WorkSettings } from '../deps';
import { operatorAddress } from '../model/actor';
import { checkBillable } from '../model/billable';
import { categoryOf } from '../model/category';
import { ALLOWED_FROM } from '../model/step-statuses';
import { systemsText } from '../model/systems';
import { type LifecycleResult, runTransition, type StepRequest, type Transition } from './lifecycle-run';

// What the ticket carries besides its lifecycle: the operator sets it, the customer is told nothing.
// Each runs as a lifecycle transition, so who did it is saved with the change and logged beside it.

function classifyStep(text: string): Transition {
  return {
    action: 'classify',
    verb: 'classify',
    from: ALLOWED_FROM.classify,
    check: (_ticket, _now, desk) => {
      categoryOf(desk, text);
    },
    apply: (ticket, _now, desk) => ({ ...ticket, category: categoryOf(desk, text).id }),
    event: null,
    unschedule: [],
    detail: (after) => after.category ?? '',
  };
}

/** Classifies the ticket in one of the desk's categories (refused, listing them, for any other). */
export function classifyTicket(
  ports: TicketPorts,
  number: string,
  request: StepRequest & { readonly category: string },
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  return runTransition(ports, number, classifyStep(request.category), request, attempt, settings);
}

function billStep(actor: string): Transition {
  return {
    action: 'bill',
    verb: 'mark billable',
    from: ALLOWED_FROM.bill,
    check: checkBillable,
    apply: (ticket, now, desk) => ({ ...ticket, billable: { at: now, actor: operatorAddress(desk, actor) } }),
    event: null,
    unschedule: [],
  };
}

/**
 * Marks a non-urgent ticket billable: the customer wants it handled first and pays for it (policy
 * B). Its priority and deadlines stay the contract's; the listing puts it first within its priority.
 */
export function billTicket(
  ports: TicketPorts,
  number: string,
  request: StepRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  return runTransition(ports, number, billStep(request.actor), request, attempt, settings);
}

function systemsStep(text: string): Transition {
  return {
    action: 'systems',
    verb: 'set the connected systems',
    from: ALLOWED_FROM.systems,
    check: () => {
      systemsText(text);
    },
    apply: (ticket) => ({ ...ticket, connectedSystems: systemsText(text) }),
    event: null,
    unschedule: [],
    detail: (after) => after.connectedSystems ?? '',
  };
}

/** Sets what the ticket records as the customer's connected systems (policy C), replacing what was there. */
export function setConnectedSystems(
  ports: TicketPorts,
  number: string,
  request: StepRequest & { readonly text: string },
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  return runTransition(ports, number, systemsStep(request.text), request, attempt, settings);
}
