import type { Desk } from '../../desk/desk';
import type { Instant, RequiredField, TicketStatus } from '../../domain/vocabulary';
import type { SenderVerdicts } from '../../mail/sender-verdicts';
import { TicketRequestError } from '../errors';
import { operatorAddress } from '../model/actor';
import { checkBillable } from '../model/billable';
import { categoryOf } from '../model/category';
import { checkExpectation } from '../model/expectation';
import type { OperatorAction } from '../model/operator-step';
import { ALLOWED_FROM, NOT_TAKEN } from '../model/step-statuses';
import { systemsText } from '../model/systems';
import type { Ticket } from '../model/ticket';
import { checkTakeable, checkWaivable } from '../model/waiver';
import { checkEscalation } from '../steps/escalate';
import type { OperatorCommand, ReadWords } from './commands';

/** One step of an operator email, in order; `words` marks the one whose email carries the text and files. */
export type PlannedStep =
  | { readonly kind: 'take'; readonly expectedAt: Instant | null; readonly words: boolean }
  | { readonly kind: 'expect'; readonly at: Instant; readonly words: boolean }
  | { readonly kind: 'resolve' | 'close' | 'reopen' | 'ask' | 'reply'; readonly words: boolean }
  | Exclude<OperatorCommand, { readonly kind: CustomerFacing }>;

/** The commands whose step emails the customer, so that the plan says which one carries the words. */
type CustomerFacing = 'take' | 'expect' | 'resolve' | 'close' | 'reopen' | 'ask';

/** What an operator email does, decided once (and recorded, so a retry does the same). */
export type OperatorEmailPlan =
  /** The sender is not authenticated: nothing changes, the operators are told. */
  | { readonly kind: 'refused'; readonly verdicts: SenderVerdicts }
  /** A bad command, argument or step: answered to that operator only; nothing changes. */
  | { readonly kind: 'rejected'; readonly problem: string }
  | { readonly kind: 'act'; readonly steps: readonly PlannedStep[]; readonly text: string };

/** Most bytes of files an operator email forwards: SES refuses messages over 10 MB, base64 adds a third. */
export const MAX_FORWARDED_BYTES = 7 * 1024 * 1024;

const ACTION_OF: Readonly<Record<PlannedStep['kind'], OperatorAction>> = {
  take: 'take-charge',
  expect: 'expect',
  resolve: 'resolve',
  close: 'close',
  reopen: 'reopen',
  ask: 'ask',
  reply: 'reply',
  note: 'note',
  priority: 'priority',
  assign: 'assign',
  category: 'classify',
  billable: 'bill',
  systems: 'systems',
  waive: 'waive',
  escalate: 'escalate',
  start: 'start',
};

/** The status a step leaves the ticket in, as far as the check can tell before running it. */
function statusAfter(
  step: PlannedStep,
  ticket: Ticket,
  status: TicketStatus,
  taken: boolean,
  missing: readonly RequiredField[],
): TicketStatus {
  switch (step.kind) {
    case 'waive':
      // The waiver that leaves nothing missing opens the request.
      return missing.length === 0 ? 'open' : status;
    case 'take':
      return 'in-progress';
    case 'resolve':
      return 'resolved';
    case 'close':
      return 'closed';
    case 'ask':
      return 'awaiting-customer';
    case 'reopen':
      if (taken) return 'in-progress';
      return ticket.clockStart === null && missing.length > 0 ? 'awaiting-info' : 'open';
    default:
      return status;
  }
}

/** Statuses each kind may start from. */
function allowedFrom(step: PlannedStep): readonly TicketStatus[] {
  return ALLOWED_FROM[ACTION_OF[step.kind]];
}

const MAILS_CUSTOMER = new Set<PlannedStep['kind']>([
  'take',
  'expect',
  'resolve',
  'close',
  'reopen',
  'ask',
  'reply',
]);

function stepOf(command: Exclude<OperatorCommand, { kind: 'note' }>): PlannedStep {
  switch (command.kind) {
    case 'take':
      return { kind: 'take', expectedAt: command.expectedAt, words: false };
    case 'expect':
      return { kind: 'expect', at: command.at, words: false };
    case 'priority':
      return { kind: 'priority', priority: command.priority };
    case 'assign':
      return { kind: 'assign', address: command.address };
    case 'category':
      return { kind: 'category', category: command.category };
    case 'billable':
      return { kind: 'billable' };
    case 'systems':
      return { kind: 'systems', text: command.text };
    case 'waive':
      return { kind: 'waive', field: command.field };
    case 'escalate':
      return { kind: 'escalate', team: command.team };
    case 'start':
      return { kind: 'start' };
    default:
      return { kind: command.kind, words: false };
  }
}

/** The steps with the words given to the last one that emails the customer (a reply added if none does). */
function withWords(steps: PlannedStep[], hasWords: boolean): PlannedStep[] {
  if (!hasWords) return steps;
  const last = steps.map((s) => s.kind).findLastIndex((kind) => MAILS_CUSTOMER.has(kind));
  if (last < 0) return [...steps, { kind: 'reply', words: true }];
  return steps.map((s, i) => (i === last && 'words' in s ? { ...s, words: true } : s));
}

/**
 * Checks the steps in order against the ticket as each would leave it: the first a status does not
 * allow, or whose argument the ticket refuses, is the problem. A reply on a ticket nobody has
 * taken in charge becomes taking charge.
 */
function checked(
  steps: readonly PlannedStep[],
  ticket: Ticket,
  desk: Desk,
  now: Instant,
): PlannedStep[] | string {
  let status = ticket.status;
  let taken = ticket.takenInChargeAt !== null;
  let missing = ticket.missingFields;
  // The ticket's team as each escalation leaves it: a second #escalate is checked from there.
  let withTeam = ticket;
  const out: PlannedStep[] = [];
  for (const planned of steps) {
    const step: PlannedStep =
      planned.kind === 'reply' && NOT_TAKEN.includes(status)
        ? { kind: 'take', expectedAt: null, words: planned.words }
        : planned;
    if (!allowedFrom(step).includes(status)) {
      return `ticket ${ticket.number} is ${status}: #${planned.kind} is not possible`;
    }
    try {
      if (step.kind === 'take') checkTakeable({ number: ticket.number, missingFields: missing });
      if (step.kind === 'take' && step.expectedAt !== null)
        checkExpectation(desk, ticket, step.expectedAt, now);
      if (step.kind === 'waive') checkWaivable(ticket.number, missing, step.field);
      if (step.kind === 'expect') checkExpectation(desk, ticket, step.at, now);
      if (step.kind === 'assign') operatorAddress(desk, step.address);
      if (step.kind === 'category') categoryOf(desk, step.category);
      if (step.kind === 'billable') checkBillable(ticket);
      if (step.kind === 'systems') systemsText(step.text);
      if (step.kind === 'escalate')
        withTeam = { ...withTeam, team: checkEscalation(desk, withTeam, step.team).name };
    } catch (error) {
      if (error instanceof TicketRequestError) return error.message;
      throw error;
    }
    if (step.kind === 'waive') missing = missing.filter((f) => f !== step.field);
    status = statusAfter(step, ticket, status, taken, missing);
    taken ||= step.kind === 'take';
    out.push(step);
  }
  return out;
}

/** What the plan needs to know of the email besides its words. */
export interface OperatorEmailFacts {
  readonly authenticated: boolean;
  readonly verdicts: SenderVerdicts;
  /** The raw email was larger than the desk reads: its words were never read. */
  readonly truncated: boolean;
  /** Files that would go to the customer, and their bytes in all. */
  readonly files: number;
  readonly fileBytes: number;
}

/**
 * Decides what an operator email does to its ticket: refused when the sender is not
 * authenticated; rejected, with the one problem to tell the operator, when a command, argument or
 * step is wrong or the email cannot be carried out; else the steps in order. Pure.
 */
export function planOperatorEmail(
  ticket: Ticket,
  read: ReadWords,
  facts: OperatorEmailFacts,
  desk: Desk,
  now: Instant,
): OperatorEmailPlan {
  if (!facts.authenticated) return { kind: 'refused', verdicts: facts.verdicts };
  const reject = (problem: string): OperatorEmailPlan => ({ kind: 'rejected', problem });
  if (facts.truncated)
    return reject('the email is larger than the desk reads: its commands and text were not read');
  if (!read.ok) return reject(read.problem);
  const kinds = read.commands.map((c) => c.kind);
  const note = kinds.includes('note');
  if (note && kinds.includes('ask'))
    return reject('#note and #ask cannot go together: a question is not internal');
  if (note && read.text === '') return reject("#note needs the note's text on the lines under it");
  if (kinds.includes('ask') && read.text === '')
    return reject('#ask needs the question for the customer on the lines under it');
  if (facts.fileBytes > MAX_FORWARDED_BYTES) {
    return reject(
      `the files add up to ${facts.fileBytes} bytes, more than the ${MAX_FORWARDED_BYTES} the desk forwards`,
    );
  }
  const hasWords = !note && (read.text !== '' || facts.files > 0);
  if (read.commands.length === 0 && !hasWords) return reject('nothing to do: no command and no text');
  const commands = read.commands.filter(
    (c): c is Exclude<OperatorCommand, { kind: 'note' }> => c.kind !== 'note',
  );
  const steps = [...withWords(commands.map(stepOf), hasWords), ...(note ? [{ kind: 'note' } as const] : [])];
  const result = checked(steps, ticket, desk, now);
  return typeof result === 'string' ? reject(result) : { kind: 'act', steps: result, text: read.text };
}
