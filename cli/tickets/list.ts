import { listTickets } from '../../lib/tickets';
import { ticketTable } from '../../local/ticket-listing';
import { parseCommand } from '../command-line';
import { onDesk } from '../on-desk';
import { TARGET_OPTIONS, TARGET_USAGE } from '../target/target-options';

const USAGE = `usage: support-desk tickets list [--status S] [--priority P] [--customer ADDRESS] [--json] ${TARGET_USAGE}`;

const OPTIONS = {
  ...TARGET_OPTIONS,
  json: { type: 'boolean' },
  status: { type: 'string' },
  priority: { type: 'string' },
  customer: { type: 'string' },
} as const;

/** `tickets list`: the desk's tickets, most urgent first. */
export async function list(args: readonly string[]): Promise<number> {
  const parsed = parseCommand(args, OPTIONS, USAGE, false);
  if (parsed.help) return 0;
  const { values } = parsed;
  return onDesk(values, async ({ ports }) => {
    const views = await listTickets(ports.tickets, ports.desk);
    process.stdout.write(
      values.json ? `${JSON.stringify(views, null, 2)}\n` : `${ticketTable(views).join('\n')}\n`,
    );
    return 0;
  });
}
