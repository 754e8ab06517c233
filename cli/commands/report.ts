import { ReportError, reportJson, reportOptions, reportTable, slaReport } from '../../lib/reports';
import { remainingCredits } from '../../lib/tickets/views/credits';
import { parseCommand } from '../command-line';
import { onDesk } from '../on-desk';
import { TARGET_OPTIONS, TARGET_USAGE } from '../target/target-options';
import { UsageError } from '../usage-error';
import { safeBlock, safeJson } from '../views/terminal-safe';

const USAGE = `usage: support-desk report [--from ISO] [--to ISO] [--period month|week] [--target 0.9] [--by priority|team|category|customer|calendar[,...]]... [--at ISO] [--json] ${TARGET_USAGE}`;

const text = { type: 'string' } as const;
const OPTIONS = {
  ...TARGET_OPTIONS,
  from: text,
  to: text,
  period: text,
  target: text,
  at: text,
  by: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

/** `support-desk report`: SLA compliance per period, from the tickets of the desk's table. */
export async function run(args: readonly string[]): Promise<number> {
  const parsed = parseCommand(args, OPTIONS, USAGE, false);
  if (parsed.help) return 0;
  const { values } = parsed;
  return onDesk(values, async ({ ports }) => {
    const desk = ports.desk;
    const zone = desk.calendars.get(desk.defaultCalendarId)?.timeZone ?? 'UTC';
    // Whole seconds: the report's instant is printed, and milliseconds there are noise.
    const now = Math.floor(Date.now() / 1000) * 1000;
    const chosen = usage(() => reportOptions({ ...values, at: values.at ?? now }, zone));
    const tickets = await ports.tickets.list();
    // Policy C: what is left of each contract's credits, from the ledger (not dated: as of now).
    const credits = await remainingCredits(desk, ports.credits);
    const report = usage(() => slaReport(tickets, desk, chosen, { credits }));
    // Customer names and addresses are hostile text: nothing printed may act on the terminal.
    const text = values.json ? safeJson(reportJson(report)) : safeBlock(reportTable(report).join('\n'));
    if (!process.stdout.listeners('error').includes(ignoreClosedPipe))
      process.stdout.on('error', ignoreClosedPipe);
    process.stdout.write(`${text}\n`);
    return 0;
  });
}

/** A reader that stopped early (`report --json | head`) is no failure of the report. */
function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

/** Runs a step whose failures are bad input (options, the desk file): one line, exit 2. */
function usage<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof ReportError) throw new UsageError(error.message);
    throw error;
  }
}
