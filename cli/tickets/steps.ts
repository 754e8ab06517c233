import { randomUUID } from 'node:crypto';
import {
  isTicketNumber,
  operatorAddress,
  TicketNotFoundError,
  TicketRequestError,
  TicketStateError,
} from '../../lib/tickets';
import { isoInstant, parseCommand } from '../command-line';
import { onDesk } from '../on-desk';
import { TARGET_OPTIONS, TARGET_USAGE } from '../target/target-options';
import { UsageError } from '../usage-error';
import { claimedOperator } from './acting-operator';
import { describeStep, type OperatorStep, runOperatorStep } from './operator-steps';

const OPTIONS = { ...TARGET_OPTIONS, as: { type: 'string' }, expect: { type: 'string' } } as const;

function usageOf(step: OperatorStep): string {
  const expect = step === 'take-charge' ? ' [--expect ISO]' : '';
  return `usage: support-desk tickets ${step} <number>${expect} [--as ADDRESS] ${TARGET_USAGE}`;
}

/** `tickets take-charge|resolve|close|reopen N`: one lifecycle step, which tells the customer. */
export async function step(name: OperatorStep, args: readonly string[]): Promise<number> {
  const usage = usageOf(name);
  const parsed = parseCommand(args, OPTIONS, usage, true);
  if (parsed.help) return 0;
  const { values, positionals } = parsed;
  const number = positionals[0];
  if (positionals.length !== 1 || number === undefined || !isTicketNumber(number)) {
    throw new UsageError(`${name} needs one ticket number such as 2026-000042; ${usage}`);
  }
  if (values.expect !== undefined && name !== 'take-charge')
    throw new UsageError(`--expect is for take-charge; ${usage}`);
  const expected = values.expect === undefined ? null : isoInstant('--expect', values.expect);
  const claimed = claimedOperator(name, values.as, process.env);
  return onDesk(values, async ({ ports }) => {
    try {
      const actor = operatorAddress(ports.desk, claimed);
      const attempt = { id: randomUUID(), now: Date.now() };
      const result = await runOperatorStep(name, ports, number, attempt, {
        actor,
        expectedResolutionAt: expected,
      });
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
