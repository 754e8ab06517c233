import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadDesk } from '../../functions/shared/desk-file';
import { ConfigError } from '../../functions/shared/env';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import { ENV } from '../../lib/env-names';
import type { TicketQuery } from '../../lib/ports/ticket-store';
import { ReportError, reportJson, reportOptions, reportTable, slaReport } from '../../lib/reports';
import type { Ticket } from '../../lib/tickets/ticket';
import { UsageError } from '../usage-error';

const USAGE =
  'usage: support-desk report [--from ISO] [--to ISO] [--period month|week] [--target 0.9] [--at ISO] [--json]';

/** What `npm start` uses (local/settings.ts of the local desk): its table, region and DynamoDB port. */
const LOCAL_DESK = { tableName: 'support-desk-local', region: 'eu-west-1', port: 8000 } as const;

type Env = Readonly<Record<string, string | undefined>>;

/** The ticket table to read, and where it is, for the message when it cannot be read. */
interface TicketSource {
  readonly tickets: TicketQuery;
  readonly where: string;
  readonly hint: string;
  close(): void;
}

/** `support-desk report`: SLA compliance per period, from the tickets of the desk's table. */
export async function run(args: readonly string[]): Promise<number> {
  const values = options(args);
  const desk = usage(() => loadDesk(process.env));
  const zone = desk.calendars.get(desk.defaultCalendarId)?.timeZone ?? 'UTC';
  // Whole seconds: the report's instant is printed, and milliseconds there are noise.
  const now = Math.floor(Date.now() / 1000) * 1000;
  const chosen = usage(() => reportOptions({ ...values, at: values.at ?? now }, zone));
  // The SDK warns on stderr about Node 20 once per process; the CLI keeps stderr for what went wrong.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const source = ticketSource(process.env);
  try {
    const tickets = await allTickets(source);
    const report = usage(() => slaReport(tickets, desk, chosen));
    const text = values.json ? JSON.stringify(reportJson(report), null, 2) : reportTable(report).join('\n');
    if (!process.stdout.listeners('error').includes(ignoreClosedPipe))
      process.stdout.on('error', ignoreClosedPipe);
    process.stdout.write(`${text}\n`);
    return 0;
  } finally {
    source.close();
  }
}

/** A reader that stopped early (`report --json | head`) is no failure of the report. */
function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

function options(args: readonly string[]) {
  try {
    const text = { type: 'string' } as const;
    const { values } = parseArgs({
      args: [...args],
      options: { from: text, to: text, period: text, target: text, at: text, json: { type: 'boolean' } },
      allowPositionals: false,
    });
    return values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
}

/** Runs a step whose failures are bad input (options, the desk file): one line, exit 2. */
function usage<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof ReportError || error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * The table the operator CLI reads: TABLE_NAME through the SDK's own configuration (region,
 * credentials, AWS_ENDPOINT_URL_DYNAMODB) as the Lambda functions do; without it, the running
 * local desk (`npm start`) on DYNAMODB_PORT, with the dummy keys its emulator accepts.
 */
function ticketSource(env: Env): TicketSource {
  const tableName = env[ENV.tableName]?.trim();
  if (tableName) {
    const client = new DynamoDBClient({});
    return {
      tickets: new DynamoTicketStore({ client, tableName }),
      where: `table ${tableName}`,
      hint: '',
      close: () => client.destroy(),
    };
  }
  const endpoint = env.AWS_ENDPOINT_URL_DYNAMODB?.trim() || `http://127.0.0.1:${localPort(env)}`;
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_DESK.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    tickets: new DynamoTicketStore({ client, tableName: LOCAL_DESK.tableName }),
    where: `the local desk at ${endpoint}`,
    hint: ' (is `npm start` running?)',
    close: () => client.destroy(),
  };
}

function localPort(env: Env): number {
  const text = env.DYNAMODB_PORT;
  if (text === undefined || text === '') return LOCAL_DESK.port;
  if (/^\d{1,5}$/.test(text) && Number(text) <= 65_535) return Number(text);
  throw new UsageError(`DYNAMODB_PORT=${JSON.stringify(text)}: expected a port number from 0 to 65535`);
}

async function allTickets(source: TicketSource): Promise<Ticket[]> {
  try {
    return await source.tickets.list();
  } catch (error) {
    throw new Error(`cannot read tickets from ${source.where}: ${(error as Error).message}${source.hint}`);
  }
}
