import type { Instant, Priority, RequiredField } from '../../domain/vocabulary';
import type { Attempt, TicketPorts, WorkSettings } from '../deps';
import type { OperatorAction } from '../model/operator-step';
import { billTicket, classifyTicket, setConnectedSystems } from './attributes';
import { assignTicket, expectResolution, noteTicket, replyToCustomer, setPriority } from './conversation';
import { escalateTicket } from './escalate';
import { askCustomer, closeTicket, reopenTicket, resolveTicket, startWork, takeCharge } from './lifecycle';
import type { LifecycleResult, StepRequest } from './lifecycle-run';
import { waiveField } from './waive';

/**
 * One operator step with its argument read, whoever asked for it (the CLI or an operator's
 * email). Each action with an argument names it; the rest carry only the action.
 */
export type OperatorStepInput =
  | { readonly action: 'take-charge'; readonly expectedAt: Instant | null }
  | { readonly action: 'expect'; readonly at: Instant }
  | { readonly action: 'priority'; readonly priority: Priority }
  | { readonly action: 'assign'; readonly assignee: string }
  | { readonly action: 'classify'; readonly category: string }
  | { readonly action: 'systems'; readonly text: string }
  | { readonly action: 'waive'; readonly field: RequiredField }
  | { readonly action: 'escalate'; readonly team: string }
  | { readonly action: Exclude<OperatorAction, WithArgument> };

/** The actions whose input carries an argument (each has its own case above). */
type WithArgument =
  | 'take-charge'
  | 'expect'
  | 'priority'
  | 'assign'
  | 'classify'
  | 'systems'
  | 'waive'
  | 'escalate';

/**
 * Runs one operator step: the one place that maps a step to its use case, so the CLI and the
 * operator-email path cannot drift apart.
 */
export function runOperatorStep(
  ports: TicketPorts,
  number: string,
  input: OperatorStepInput,
  request: StepRequest,
  attempt: Attempt,
  settings: WorkSettings,
): Promise<LifecycleResult> {
  switch (input.action) {
    case 'take-charge':
      return takeCharge(
        ports,
        number,
        { ...request, expectedResolutionAt: input.expectedAt },
        attempt,
        settings,
      );
    case 'expect':
      return expectResolution(ports, number, { ...request, at: input.at }, attempt, settings);
    case 'priority':
      return setPriority(ports, number, { ...request, priority: input.priority }, attempt, settings);
    case 'assign':
      return assignTicket(ports, number, { ...request, assignee: input.assignee }, attempt, settings);
    case 'classify':
      return classifyTicket(ports, number, { ...request, category: input.category }, attempt, settings);
    case 'systems':
      return setConnectedSystems(ports, number, { ...request, text: input.text }, attempt, settings);
    case 'waive':
      return waiveField(ports, number, { ...request, field: input.field }, attempt, settings);
    case 'bill':
      return billTicket(ports, number, request, attempt, settings);
    case 'escalate':
      return escalateTicket(ports, number, { ...request, team: input.team }, attempt, settings);
    case 'start':
      return startWork(ports, number, request, attempt, settings);
    case 'resolve':
      return resolveTicket(ports, number, request, attempt, settings);
    case 'close':
      return closeTicket(ports, number, request, attempt, settings);
    case 'reopen':
      return reopenTicket(ports, number, request, attempt, settings);
    case 'reply':
      return replyToCustomer(ports, number, request, attempt, settings);
    case 'note':
      return noteTicket(ports, number, request, attempt, settings);
    case 'ask':
      return askCustomer(ports, number, request, attempt, settings);
  }
}
