import { operatorAddress } from '../model/actor';
import { checkBillable } from '../model/billable';
import { categoryOf } from '../model/category';
import { ALLOWED_FROM } from '../model/step-statuses';
import { systemsText } from '../model/systems';
import { requestStep, type StepRequest, type Transition } from './lifecycle-run';

// What the ticket carries besides its lifecycle: the operator sets it, the customer is told nothing.
// Each runs as a lifecycle transition, so who did it is saved with the change and logged beside it.

function classifyStep({ category }: StepRequest & { readonly category: string }): Transition {
  return {
    action: 'classify',
    verb: 'classify',
    from: ALLOWED_FROM.classify,
    check: (_ticket, _now, desk) => {
      categoryOf(desk, category);
    },
    apply: (ticket, _now, desk) => ({ ...ticket, category: categoryOf(desk, category).id }),
    event: null,
    unschedule: [],
    detail: (after) => after.category ?? '',
  };
}

/** Classifies the ticket in one of the desk's categories (refused, listing them, for any other). */
export const classifyTicket = requestStep(classifyStep);

function billStep({ actor }: StepRequest): Transition {
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
export const billTicket = requestStep(billStep);

function systemsStep({ text }: StepRequest & { readonly text: string }): Transition {
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
export const setConnectedSystems = requestStep(systemsStep);
