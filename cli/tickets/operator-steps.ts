import { PRIORITIES, type Priority } from '../../lib/domain/vocabulary';
import {
  type Attempt,
  askCustomer,
  assignTicket,
  closeTicket,
  DEFAULT_WORK_SETTINGS,
  expectResolution,
  type LifecycleResult,
  noteTicket,
  reopenTicket,
  replyToCustomer,
  resolveTicket,
  type StepRequest,
  setPriority,
  type TicketPorts,
  takeCharge,
} from '../../lib/tickets';
import { isoInstant } from '../command-line';
import { UsageError } from '../usage-error';

/** Whether a step takes what the operator writes: never, optionally, or it is nothing without it. */
type WordsUse = 'none' | 'optional' | 'required';

/** One operator step as the CLI offers it: its argument after the number, its words, its use case. */
interface CliStep {
  /** The argument after the ticket number, for the usage line; absent when there is none. */
  readonly argument?: string;
  readonly words: WordsUse;
  /** Takes `--expect ISO` (take-charge). */
  readonly expect?: boolean;
  readonly run: (
    ports: TicketPorts,
    number: string,
    request: StepRequest & { readonly expectedAt: number | null },
    argument: string | undefined,
    attempt: Attempt,
  ) => Promise<LifecycleResult>;
}

const settings = DEFAULT_WORK_SETTINGS;

function priorityArgument(text: string | undefined): Priority {
  const priority = PRIORITIES.find((p) => p === text?.toUpperCase());
  if (!priority)
    throw new UsageError(`priority ${JSON.stringify(text ?? '')}: expected one of ${PRIORITIES.join(', ')}`);
  return priority;
}

/** The operator's steps on a ticket, by their CLI names. */
export const CLI_STEPS = {
  'take-charge': {
    words: 'optional',
    expect: true,
    run: (ports, n, r, _a, at) =>
      takeCharge(ports, n, { ...r, expectedResolutionAt: r.expectedAt }, at, settings),
  },
  resolve: { words: 'optional', run: (ports, n, r, _a, at) => resolveTicket(ports, n, r, at, settings) },
  close: { words: 'optional', run: (ports, n, r, _a, at) => closeTicket(ports, n, r, at, settings) },
  reopen: { words: 'optional', run: (ports, n, r, _a, at) => reopenTicket(ports, n, r, at, settings) },
  reply: { words: 'required', run: (ports, n, r, _a, at) => replyToCustomer(ports, n, r, at, settings) },
  ask: { words: 'required', run: (ports, n, r, _a, at) => askCustomer(ports, n, r, at, settings) },
  note: { words: 'required', run: (ports, n, r, _a, at) => noteTicket(ports, n, r, at, settings) },
  expect: {
    argument: '<ISO>',
    words: 'optional',
    run: (ports, n, r, a, at) =>
      expectResolution(ports, n, { ...r, at: isoInstant('expect', a ?? '') }, at, settings),
  },
  priority: {
    argument: '<P1..P4>',
    words: 'none',
    run: (ports, n, r, a, at) => setPriority(ports, n, { ...r, priority: priorityArgument(a) }, at, settings),
  },
  assign: {
    argument: '<ADDRESS>',
    words: 'none',
    run: (ports, n, r, a, at) => assignTicket(ports, n, { ...r, assignee: a ?? '' }, at, settings),
  },
} as const satisfies Readonly<Record<string, CliStep>>;

export type OperatorStep = keyof typeof CLI_STEPS;

/** The step's table entry, typed as every entry. */
export function cliStep(name: OperatorStep): CliStep {
  return CLI_STEPS[name];
}

/** True for a CLI word naming an operator step. */
export function isOperatorStep(word: string): word is OperatorStep {
  return Object.hasOwn(CLI_STEPS, word);
}

/** One line saying what the step did: `2026-000042 in-progress, customer told`. */
export function describeStep(result: LifecycleResult): string {
  const what = result.changed ? result.ticket.status : `${result.ticket.status} already`;
  return `${result.ticket.number} ${what}${result.notified ? ', customer told' : ''}`;
}
