import { parseArgs } from 'node:util';
import { connectToRunningDesk } from '../../local/desk-connection';
import { ReminderFiring } from '../../local/reminder-firing';
import { describeFiring } from '../../local/report-lines';
import { dataPaths } from '../../local/settings';
import { listReminders } from '../reminders/list';
import { UsageError } from '../usage-error';

const USAGE = `usage: support-desk reminders list [<ticket number>] [--json] [--stack NAME [--region R]]
       support-desk reminders run-due --at <ISO 8601 instant with offset or Z>   (the local desk)`;

/** `support-desk reminders run-due --at <ISO>`: fires, on the running local desk, every reminder due by then. */
export async function run(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (sub === 'list') return listReminders(rest);
  if (sub !== 'run-due')
    throw new UsageError(sub === undefined ? USAGE : `unknown subcommand '${sub}'; ${USAGE}`);
  const at = instantOf(rest);
  const { settings, composed } = await connectToRunningDesk(process.env, process.cwd());
  const paths = dataPaths(settings);
  const firing = new ReminderFiring({
    schedules: composed.schedules,
    scheduleDir: paths.schedules,
    claimDir: paths.scheduleClaims,
    handler: (payload) => composed.reminder(payload),
  });
  const results = await firing.fireDue(at).finally(() => composed.destroy());
  for (const result of results)
    (result.fired ? process.stdout : process.stderr).write(`${describeFiring(result)}\n`);
  if (results.length === 0) process.stdout.write(`nothing due by ${new Date(at).toISOString()}\n`);
  return results.every((result) => result.fired) ? 0 : 1;
}

function instantOf(args: readonly string[]): number {
  let text: string | undefined;
  try {
    text = parseArgs({ args: [...args], options: { at: { type: 'string' } } }).values.at;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
  if (text === undefined) throw new UsageError(`--at is required; ${USAGE}`);
  const at = Date.parse(text);
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(text) || !/^\d{4}-\d\d-\d\dT/.test(text) || Number.isNaN(at)) {
    throw new UsageError(`--at ${JSON.stringify(text)}: expected an ISO 8601 instant with an offset or Z`);
  }
  return at;
}
