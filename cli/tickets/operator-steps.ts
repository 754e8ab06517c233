import {
  type Instant,
  PRIORITIES,
  type Priority,
  REQUIRED_FIELDS,
  type RequiredField,
} from '../../lib/domain/vocabulary';
import type { LifecycleResult, OperatorStepInput } from '../../lib/tickets';
import { findRequiredField } from '../../lib/tickets/model/waiver';
import { isoInstant } from '../command-line';
import { UsageError } from '../usage-error';

/** Whether a step takes what the operator writes: never, optionally, or it is nothing without it. */
type WordsUse = 'none' | 'optional' | 'required';

/** One operator step as the CLI offers it: its argument after the number, its words, its input. */
interface CliStep {
  /** The argument after the ticket number, for the usage line; absent when there is none. */
  readonly argument?: string;
  readonly words: WordsUse;
  /** Takes `--expect ISO` (take-charge). */
  readonly expect?: boolean;
  /** The step as lib/tickets runs it, read from the CLI's argument; throws a UsageError for a bad one. */
  readonly input: (argument: string | undefined, expectedAt: Instant | null) => OperatorStepInput;
}

function priorityArgument(text: string | undefined): Priority {
  const priority = PRIORITIES.find((p) => p === text?.toUpperCase());
  if (!priority)
    throw new UsageError(`priority ${JSON.stringify(text ?? '')}: expected one of ${PRIORITIES.join(', ')}`);
  return priority;
}

function fieldArgument(text: string | undefined): RequiredField {
  const field = findRequiredField(text ?? '');
  if (!field)
    throw new UsageError(
      `field ${JSON.stringify(text ?? '')}: expected one of ${REQUIRED_FIELDS.join(', ')}`,
    );
  return field;
}

/** The operator's steps on a ticket, by their CLI names. */
export const CLI_STEPS = {
  'take-charge': {
    words: 'optional',
    expect: true,
    input: (_a, expectedAt) => ({ action: 'take-charge', expectedAt }),
  },
  resolve: { words: 'optional', input: () => ({ action: 'resolve' }) },
  close: { words: 'optional', input: () => ({ action: 'close' }) },
  reopen: { words: 'optional', input: () => ({ action: 'reopen' }) },
  reply: { words: 'required', input: () => ({ action: 'reply' }) },
  ask: { words: 'required', input: () => ({ action: 'ask' }) },
  note: { words: 'required', input: () => ({ action: 'note' }) },
  expect: {
    argument: '<ISO>',
    words: 'optional',
    input: (a) => ({ action: 'expect', at: isoInstant('expect', a ?? '') }),
  },
  priority: {
    argument: '<P1..P4>',
    words: 'none',
    input: (a) => ({ action: 'priority', priority: priorityArgument(a) }),
  },
  assign: {
    argument: '<ADDRESS>',
    words: 'none',
    input: (a) => ({ action: 'assign', assignee: a ?? '' }),
  },
  classify: {
    argument: '<CATEGORY>',
    words: 'none',
    input: (a) => ({ action: 'classify', category: a ?? '' }),
  },
  bill: { words: 'none', input: () => ({ action: 'bill' }) },
  waive: {
    argument: '<FIELD>',
    words: 'none',
    input: (a) => ({ action: 'waive', field: fieldArgument(a) }),
  },
  systems: {
    argument: '<TEXT>',
    words: 'none',
    input: (a) => ({ action: 'systems', text: a ?? '' }),
  },
  start: { words: 'none', input: () => ({ action: 'start' }) },
  escalate: {
    argument: '<TEAM>',
    words: 'none',
    input: (a) => ({ action: 'escalate', team: a ?? '' }),
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
  const told = [result.notified ? 'customer told' : null, result.operatorsTold ? 'team told' : null];
  const tail = told.filter((t) => t !== null).join(', ');
  // Only a step that tells operators (an escalation) says which team the ticket is with now.
  const team = result.operatorsTold === undefined ? '' : ` with team ${result.ticket.team ?? '-'}`;
  return `${result.ticket.number} ${what}${team}${tail ? `, ${tail}` : ''}`;
}
