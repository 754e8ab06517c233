import type { Desk } from '../../lib/desk';
import { PRIORITIES, type Priority, TICKET_STATUSES, type TicketStatus } from '../../lib/domain/vocabulary';
import { listTickets } from '../../lib/tickets';
import { parseCommand } from '../command-line';
import { onDesk } from '../on-desk';
import { TARGET_OPTIONS, TARGET_USAGE } from '../target/target-options';
import { UsageError } from '../usage-error';
import { ticketListJson, ticketTable } from '../views/ticket-list';

const USAGE = `usage: support-desk tickets list [--status S] [--priority P] [--customer ADDRESS] [--team T] [--category C] [--json] ${TARGET_USAGE}`;

const OPTIONS = {
  ...TARGET_OPTIONS,
  json: { type: 'boolean' },
  status: { type: 'string' },
  priority: { type: 'string' },
  customer: { type: 'string' },
  category: { type: 'string' },
  team: { type: 'string' },
} as const;

/** `tickets list`: the desk's tickets, most urgent first. */
export async function list(args: readonly string[]): Promise<number> {
  const parsed = parseCommand(args, OPTIONS, USAGE, false);
  if (parsed.help) return 0;
  const { values } = parsed;
  const filter = {
    ...(values.status === undefined
      ? {}
      : { statuses: [oneOf<TicketStatus>('--status', values.status, TICKET_STATUSES)] }),
    ...(values.priority === undefined
      ? {}
      : { priority: oneOf('--priority', values.priority.toUpperCase(), PRIORITIES) as Priority }),
    ...(values.customer === undefined ? {} : { customer: values.customer }),
    ...(values.team === undefined ? {} : { team: values.team }),
  };
  return onDesk(values, async ({ ports }) => {
    // The desk's categories are known once connected: an unknown one is bad input, not an empty list.
    const ids = ports.desk.categories.map((c) => c.id);
    const category =
      values.category === undefined
        ? {}
        : { category: oneOf('--category', values.category.toLowerCase(), ids) };
    if (filter.team !== undefined) knownTeam(ports.desk, filter.team);
    const views = await listTickets(ports.tickets, ports.desk, { ...filter, ...category });
    process.stdout.write(values.json ? `${ticketListJson(views)}\n` : `${ticketTable(views).join('\n')}\n`);
    return 0;
  });
}

/** A `--team` the desk does not have is a typo, not an empty list. */
function knownTeam(desk: Desk, team: string): void {
  if (desk.teams.size === 0) throw new UsageError(`--team ${JSON.stringify(team)}: this desk has no teams`);
  if (!desk.teams.has(team)) {
    const known = [...desk.teams.keys()].join(', ');
    throw new UsageError(`--team ${JSON.stringify(team)}: expected one of ${known}`);
  }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} ${JSON.stringify(value)}: expected one of ${allowed.join(', ')}`);
}
