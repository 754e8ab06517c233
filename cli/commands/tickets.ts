import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { isTicketNumber, listTickets, TicketNotFoundError, TicketStateError } from '../../lib/tickets';
import { connectToRunningDesk } from '../../local/desk-connection';
import { describeStep, isOperatorStep, type OperatorStep, runOperatorStep } from '../../local/operator-steps';
import { ticketTable } from '../../local/ticket-listing';
import { UsageError } from '../usage-error';

const USAGE =
  'usage: support-desk tickets list [--json] | tickets take-charge <number> [--expect <ISO>] | tickets resolve|close|reopen <number>';

/** `support-desk tickets ...`: the operator's view of the running local desk, and the lifecycle steps. */
export async function run(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') return list(rest);
  if (sub !== undefined && isOperatorStep(sub)) return step(sub, rest);
  throw new UsageError(sub === undefined ? USAGE : `unknown subcommand '${sub}'; ${USAGE}`);
}

async function list(args: readonly string[]): Promise<number> {
  const json = options(args, false).values.json === true;
  const { composed } = await connectToRunningDesk(process.env, process.cwd());
  try {
    const views = await listTickets(composed.ports.tickets, composed.ports.desk);
    process.stdout.write(json ? `${JSON.stringify(views, null, 2)}\n` : `${ticketTable(views).join('\n')}\n`);
    return 0;
  } finally {
    composed.destroy();
  }
}

async function step(name: OperatorStep, args: readonly string[]): Promise<number> {
  const { values, positionals } = options(args, true);
  const number = positionals[0];
  if (positionals.length !== 1 || number === undefined || !isTicketNumber(number)) {
    throw new UsageError(`${name} needs one ticket number such as 2026-000042; ${USAGE}`);
  }
  const expected = values.expect === undefined ? null : instant(values.expect);
  // The same adapters the Lambda functions build, over the running desk's peers.
  const { composed } = await connectToRunningDesk(process.env, process.cwd());
  try {
    const result = await runOperatorStep(
      name,
      composed.ports,
      number,
      { id: randomUUID(), now: Date.now() },
      expected,
    );
    process.stdout.write(`${describeStep(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof TicketNotFoundError || error instanceof TicketStateError)
      throw new UsageError(error.message);
    throw error;
  } finally {
    composed.destroy();
  }
}

function options(args: readonly string[], positionals: boolean) {
  try {
    return parseArgs({
      args: [...args],
      options: { json: { type: 'boolean' }, expect: { type: 'string' } },
      allowPositionals: positionals,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
}

function instant(text: string): number {
  const at = Date.parse(text);
  if (!/^\d{4}-\d\d-\d\dT.*(Z|[+-]\d\d:?\d\d)$/i.test(text) || Number.isNaN(at)) {
    throw new UsageError(
      `--expect ${JSON.stringify(text)}: expected an ISO 8601 instant with an offset or Z`,
    );
  }
  return at;
}
