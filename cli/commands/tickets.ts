import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { reminderScheduler } from '../../functions/shared/reminder-scheduler';
import { commonPorts } from '../../functions/shared/ticket-table';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import {
  isTicketNumber,
  listTickets,
  TicketNotFoundError,
  TicketRequestError,
  TicketStateError,
} from '../../lib/tickets';
import { loadDesk } from '../../local/desk-config';
import { connectToRunningDesk } from '../../local/desk-connection';
import { localTable } from '../../local/local-table';
import { describeStep, isOperatorStep, type OperatorStep, runOperatorStep } from '../../local/operator-steps';
import { UsageError } from '../usage-error';
import { ticketListJson, ticketTable } from '../views/ticket-list';

const USAGE =
  'usage: support-desk tickets list [--json] | tickets take-charge <number> [--expect <ISO>] [--as ADDRESS] | tickets resolve|close|reopen <number> [--as ADDRESS]';

/** `support-desk tickets ...`: the operator's view of the running local desk, and the lifecycle steps. */
export async function run(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') return list(rest);
  if (sub !== undefined && isOperatorStep(sub)) return step(sub, rest);
  throw new UsageError(sub === undefined ? USAGE : `unknown subcommand '${sub}'; ${USAGE}`);
}

async function list(args: readonly string[]): Promise<number> {
  const json = options(args, false).values.json === true;
  const settings = await connectToRunningDesk(process.env, process.cwd());
  const { desk } = await loadDesk(process.env.DESK_CONFIG_PATH, process.cwd());
  const table = localTable(settings.dynamoDbPort);
  try {
    const views = await listTickets(new DynamoTicketStore(table), desk);
    process.stdout.write(json ? `${ticketListJson(views)}\n` : `${ticketTable(views).join('\n')}\n`);
    return 0;
  } finally {
    table.client.destroy();
  }
}

async function step(name: OperatorStep, args: readonly string[]): Promise<number> {
  const { values, positionals } = options(args, true);
  const number = positionals[0];
  if (positionals.length !== 1 || number === undefined || !isTicketNumber(number)) {
    throw new UsageError(`${name} needs one ticket number such as 2026-000042; ${USAGE}`);
  }
  const expected = values.expect === undefined ? null : instant(values.expect);
  // Who acts: checked against the desk's operator addresses by the use case.
  const actor = values.as ?? process.env.SUPPORT_DESK_OPERATOR;
  if (!actor)
    throw new UsageError(
      `${name} needs --as ADDRESS or SUPPORT_DESK_OPERATOR (an operator address of the desk)`,
    );
  await connectToRunningDesk(process.env, process.cwd());
  // The same adapters the Lambda functions build, from the environment the desk connection set.
  const ports = { ...commonPorts(process.env), scheduler: reminderScheduler(process.env) };
  try {
    const result = await runOperatorStep(
      name,
      ports,
      number,
      { id: randomUUID(), now: Date.now() },
      { actor, expectedResolutionAt: expected },
    );
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
}

function options(args: readonly string[], positionals: boolean) {
  try {
    return parseArgs({
      args: [...args],
      options: { json: { type: 'boolean' }, expect: { type: 'string' }, as: { type: 'string' } },
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
