import { isTicketNumber, TicketNotFoundError, ticketDetail } from '../../lib/tickets';
import { parseCommand } from '../command-line';
import { onDesk } from '../on-desk';
import { TARGET_OPTIONS, TARGET_USAGE } from '../target/target-options';
import { UsageError } from '../usage-error';
import { ticketDetailJson, ticketDetailLines } from '../views/ticket-detail';

const USAGE = `usage: support-desk tickets show <number> [--json] ${TARGET_USAGE}`;
const OPTIONS = { ...TARGET_OPTIONS, json: { type: 'boolean' } } as const;

/** `tickets show N`: the whole ticket, with every message, every email sent and every operator step. */
export async function show(args: readonly string[]): Promise<number> {
  const parsed = parseCommand(args, OPTIONS, USAGE, true);
  if (parsed.help) return 0;
  const { values, positionals } = parsed;
  const number = positionals[0];
  if (positionals.length !== 1 || number === undefined || !isTicketNumber(number)) {
    throw new UsageError(`show needs one ticket number such as 2026-000042; ${USAGE}`);
  }
  return onDesk(values, async ({ ports }) => {
    try {
      const detail = await ticketDetail(ports, number);
      process.stdout.write(
        values.json ? `${ticketDetailJson(detail)}\n` : `${ticketDetailLines(detail).join('\n')}\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof TicketNotFoundError) throw new UsageError(error.message);
      throw error;
    }
  });
}
