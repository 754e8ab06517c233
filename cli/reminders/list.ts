import type { PendingSchedule } from '../../lib/aws/scheduler-listing';
import { formatInZone } from '../../lib/calendar';
import type { Desk } from '../../lib/desk/desk';
import { isTicketNumber } from '../../lib/tickets';
import { parseCommand } from '../command-line';
import { onDesk } from '../on-desk';
import { TARGET_OPTIONS, TARGET_USAGE } from '../target/target-options';
import { UsageError } from '../usage-error';

const USAGE = `usage: support-desk reminders list [<ticket number>] [--json] ${TARGET_USAGE}`;
const OPTIONS = { ...TARGET_OPTIONS, json: { type: 'boolean' } } as const;

/** `reminders list [N]`: the reminders still to fire, as the desk's scheduler holds them, earliest first. */
export async function listReminders(args: readonly string[]): Promise<number> {
  const parsed = parseCommand(args, OPTIONS, USAGE, true);
  if (parsed.help) return 0;
  const { values, positionals } = parsed;
  const ticket = positionals[0];
  if (positionals.length > 1 || (ticket !== undefined && !isTicketNumber(ticket))) {
    throw new UsageError(`reminders list takes at most one ticket number such as 2026-000042; ${USAGE}`);
  }
  return onDesk(values, async (desk) => {
    // Schedule names start with the ticket number (`2026-000042-take-charge-due`).
    const pending = await desk.pendingSchedules(ticket === undefined ? undefined : `${ticket}-`);
    const rows = pending.map((schedule) => reminderRow(schedule, desk.ports.desk));
    process.stdout.write(
      values.json ? `${JSON.stringify(rows, null, 2)}\n` : `${reminderLines(rows).join('\n')}\n`,
    );
    return 0;
  });
}

/** One pending reminder as `reminders list` shows it. */
interface ReminderRow {
  readonly ticket: string | null;
  readonly kind: string | null;
  /** ISO 8601 in the zone of the desk's calendar. */
  readonly at: string | null;
  readonly schedule: string;
}

function reminderRow(schedule: PendingSchedule, desk: Desk): ReminderRow {
  const calendar = desk.calendars.get(desk.defaultCalendarId);
  const at =
    schedule.at === null
      ? null
      : calendar
        ? formatInZone(calendar, schedule.at)
        : new Date(schedule.at).toISOString();
  return {
    ticket: schedule.payload?.ticket ?? null,
    kind: schedule.payload?.kind ?? null,
    at,
    schedule: schedule.name,
  };
}

function reminderLines(rows: readonly ReminderRow[]): string[] {
  if (rows.length === 0) return ['no pending reminders'];
  return rows.map((row) => [row.at ?? '-', row.ticket ?? '-', row.kind ?? '-'].join('  '));
}
