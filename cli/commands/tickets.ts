import { TARGET_USAGE } from '../target/target-options';
import { list } from '../tickets/list';
import { isOperatorStep } from '../tickets/operator-steps';
import { show } from '../tickets/show';
import { step } from '../tickets/steps';
import { UsageError } from '../usage-error';

const USAGE = `usage: support-desk tickets <subcommand> ... ${TARGET_USAGE}
  list [--status S] [--priority P] [--customer ADDRESS] [--team T] [--category C] [--json]
  show <number> [--json]
  take-charge <number> [--expect ISO] [--text T | --file F] [--attach FILE]... [--as ADDRESS]
  resolve|close|reopen <number> [--text T | --file F] [--attach FILE]... [--as ADDRESS]
  reply|ask <number> (--text T | --file F) [--attach FILE]... [--as ADDRESS]
  note <number> (--text T | --file F) [--as ADDRESS]
  expect <number> <ISO> [--text T | --file F] [--as ADDRESS]
  priority <number> <P1..P4> [--as ADDRESS]
  assign <number> <ADDRESS> [--as ADDRESS]
  classify <number> <CATEGORY> [--as ADDRESS]
  bill <number> [--as ADDRESS]
  systems <number> <TEXT> [--as ADDRESS]
  waive <number> <FIELD> [--as ADDRESS]
  escalate <number> <TEAM> [--as ADDRESS]
each subcommand takes --help; without --stack, the running local desk`;

/** `support-desk tickets ...`: the operators' view of a desk's tickets, and the lifecycle steps. */
export async function run(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (sub === 'list') return list(rest);
  if (sub === 'show') return show(rest);
  if (sub !== undefined && isOperatorStep(sub)) return step(sub, rest);
  throw new UsageError(sub === undefined ? USAGE.split('\n')[0]! : `unknown subcommand '${sub}'; try --help`);
}
