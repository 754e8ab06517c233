import { randomUUID } from 'node:crypto';
import {
  DEFAULT_WORK_SETTINGS,
  isTicketNumber,
  operatorAddress,
  runOperatorStep,
  TicketNotFoundError,
  TicketRequestError,
  TicketStateError,
} from '../../lib/tickets';
import { isoInstant, parseCommand } from '../command-line';
import { onDesk } from '../on-desk';
import { TARGET_OPTIONS, TARGET_USAGE } from '../target/target-options';
import { UsageError } from '../usage-error';
import { claimedOperator } from './acting-operator';
import { cliStep, describeStep, type OperatorStep } from './operator-steps';
import { WORDS_OPTIONS, WORDS_USAGE, wordsFrom } from './words';

const settings = DEFAULT_WORK_SETTINGS;

const OPTIONS = {
  ...TARGET_OPTIONS,
  ...WORDS_OPTIONS,
  as: { type: 'string' },
  expect: { type: 'string' },
} as const;

function usageOf(name: OperatorStep): string {
  const spec = cliStep(name);
  const argument = spec.argument ? ` ${spec.argument}` : '';
  const expect = spec.expect ? ' [--expect ISO]' : '';
  const words = { none: '', optional: ` [${WORDS_USAGE}]`, required: ` ${WORDS_USAGE}` }[spec.words];
  return `usage: support-desk tickets ${name} <number>${argument}${expect}${words} [--as ADDRESS] ${TARGET_USAGE}`;
}

/** The command's positionals and options, checked before the desk is reached. */
function readArguments(name: OperatorStep, args: readonly string[]) {
  const usage = usageOf(name);
  const spec = cliStep(name);
  const parsed = parseCommand(args, OPTIONS, usage, true);
  if (parsed.help) return null;
  const { values, positionals } = parsed;
  const [number, argument] = positionals;
  const wanted = spec.argument ? 2 : 1;
  if (positionals.length !== wanted || number === undefined || !isTicketNumber(number)) {
    const what = spec.argument
      ? `a ticket number such as 2026-000042 and ${spec.argument}`
      : 'one ticket number such as 2026-000042';
    throw new UsageError(`${name} needs ${what}; ${usage}`);
  }
  if (values.expect !== undefined && !spec.expect)
    throw new UsageError(`--expect is for take-charge; ${usage}`);
  const words = wordsFrom(values);
  if (spec.words === 'none' && words !== undefined)
    throw new UsageError(`${name} takes no text or file; ${usage}`);
  if (spec.words === 'required' && words === undefined)
    throw new UsageError(`${name} needs --text or --file; ${usage}`);
  if (name === 'note' && (words?.attachments.length ?? 0) > 0) {
    throw new UsageError(`a note is internal and sends no files; ${usage}`);
  }
  const expectedAt = values.expect === undefined ? null : isoInstant('--expect', values.expect);
  return { values, number, words, input: spec.input(argument, expectedAt) };
}

/** `tickets <step> N ...`: one operator step, which tells the customer where it should. */
export async function step(name: OperatorStep, args: readonly string[]): Promise<number> {
  const read = readArguments(name, args);
  if (read === null) return 0;
  const claimed = claimedOperator(name, read.values.as, process.env);
  return onDesk(read.values, async ({ ports }) => {
    try {
      const actor = operatorAddress(ports.desk, claimed);
      const attempt = { id: randomUUID(), now: Date.now() };
      const request = { actor, ...(read.words ? { words: read.words } : {}) };
      const result = await runOperatorStep(ports, read.number, read.input, request, attempt, settings);
      process.stdout.write(`${describeStep(result)}\n`);
      return 0;
    } catch (error) {
      if (
        error instanceof TicketNotFoundError ||
        error instanceof TicketStateError ||
        error instanceof TicketRequestError
      )
        throw new UsageError(error.message);
      throw error;
    }
  });
}
