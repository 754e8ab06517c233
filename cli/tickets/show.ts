import { explanationText } from '../../lib/calendar';
import { isTicketNumber, TicketNotFoundError, ticketDetail } from '../../lib/tickets';
import { type CustomerCredits, ticketCredits } from '../../lib/tickets/views/credits';
import { explainTicketDeadlines } from '../../lib/tickets/views/deadline-explanations';
import { parseCommand } from '../command-line';
import { onDesk } from '../on-desk';
import { TARGET_OPTIONS, TARGET_USAGE } from '../target/target-options';
import { UsageError } from '../usage-error';
import { safeLine } from '../views/terminal-safe';
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
      const explained = explainTicketDeadlines(detail.ticket, ports.desk);
      const credits = await ticketCredits(ports.desk, ports.credits, detail.ticket);
      if (values.json) {
        process.stdout.write(`${ticketDetailJson(detail, { explanations: explained, credits })}\n`);
      } else {
        const lines = [...ticketDetailLines(detail), ...creditLines(credits), ...explanationLines(explained)];
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      return 0;
    } catch (error) {
      if (error instanceof TicketNotFoundError) throw new UsageError(error.message);
      throw error;
    }
  });
}

/** What remains of the customer's credits now (policy C), under the ticket's history. */
export function creditLines(credits: CustomerCredits | null): string[] {
  if (credits === null) return [];
  return [
    '',
    `credits of ${safeLine(credits.customer)}: ${credits.remaining} of ${credits.allowance} left (${credits.used} used)`,
  ];
}

/** Why each deadline falls where it does, under the ticket's detail. */
function explanationLines(explained: ReturnType<typeof explainTicketDeadlines>): string[] {
  const lines: string[] = [];
  for (const [name, explanation] of [
    ['take charge by', explained.takeCharge],
    ['resolve by', explained.resolution],
  ] as const) {
    if (explanation === null) continue;
    lines.push('', `why ${name} ${explanation.deadline}:`);
    for (const line of explanationText(explanation).split('\n')) lines.push(`  ${safeLine(line)}`);
  }
  return lines;
}
