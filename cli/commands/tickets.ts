import { parseArgs } from 'node:util';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import { loadDesk } from '../../lib/local/desk-config';
import { connectToRunningDesk } from '../../lib/local/desk-connection';
import { localTable } from '../../lib/local/local-table';
import { ticketTable } from '../../lib/local/ticket-listing';
import { listTickets } from '../../lib/tickets';
import { UsageError } from '../usage-error';

const USAGE = 'usage: support-desk tickets list [--json] | tickets take-charge|resolve|close|reopen <number>';

/** `support-desk tickets ...`: the operator's view of the running local desk. */
export async function run(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') return list(rest);
  throw new UsageError(sub === undefined ? USAGE : `unknown subcommand '${sub}'; ${USAGE}`);
}

async function list(args: readonly string[]): Promise<number> {
  const json = listFlags(args).json === true;
  const settings = await connectToRunningDesk(process.env, process.cwd());
  const { desk } = await loadDesk(process.env.DESK_CONFIG_PATH, process.cwd());
  const table = localTable(settings.dynamoDbPort);
  try {
    const views = await listTickets(new DynamoTicketStore(table), desk);
    process.stdout.write(json ? `${JSON.stringify(views, null, 2)}\n` : `${ticketTable(views).join('\n')}\n`);
    return 0;
  } finally {
    table.client.destroy();
  }
}

function listFlags(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: false })
      .values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
}
