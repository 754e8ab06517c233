import { listReminders } from '../reminders/list';
import { runDue } from '../reminders/run-due';
import { UsageError } from '../usage-error';

const USAGE = `usage: support-desk reminders list [<ticket number>] [--json] [--stack NAME [--region R]]
       support-desk reminders run-due --at <ISO 8601 instant with offset or Z>   (the local desk)`;

/** `support-desk reminders ...`: pending reminders on any desk; firing what is due on the local desk. */
export async function run(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (sub === 'list') return listReminders(rest);
  if (sub === 'run-due') return runDue(rest);
  throw new UsageError(sub === undefined ? USAGE : `unknown subcommand '${sub}'; ${USAGE}`);
}
