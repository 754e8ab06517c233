import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { answerBatchLine } from '../../lib/calendar/batch-line';
import {
  answerDeadline,
  explainRequest,
  parseDeadlineRequest,
  parsePauseText,
} from '../../lib/calendar/deadline-request';
import { explanationText } from '../../lib/calendar/explanation-text';
import { type Calendar, CalendarError, parseCalendar } from '../../lib/calendar/index';
import { UsageError } from '../usage-error';

/** `support-desk deadline` (CONTRACT sections 3 and 9): one deadline, or a batch of JSON lines; explained on request. */

const USAGE =
  'usage: support-desk deadline --calendar cal.json (--from ISO --add <N>m|<N>h|<N>d [--pause START/END ...] | --batch) [--explain [--json]]';

/** Printed for `deadline --help`. */
export const usage = USAGE;

const OPTIONS = {
  calendar: { type: 'string' },
  from: { type: 'string' },
  add: { type: 'string' },
  pause: { type: 'string', multiple: true },
  batch: { type: 'boolean' },
  explain: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

// `--add -4h` is a negative amount (refused as such), not an option parseArgs finds ambiguous.
function joinNegativeValues(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const [arg, next] = [args[i]!, args[i + 1]];
    if (arg.startsWith('--') && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else joined.push(arg);
  }
  return joined;
}

function readArgs(args: readonly string[]) {
  try {
    return parseArgs({ args: joinNegativeValues(args), options: OPTIONS, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
  }
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${path}: cannot read the calendar (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

// Engine errors about the user's input become usage errors: one line, exit code 2.
function asUsage<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CalendarError) throw new UsageError(error.message);
    throw error;
  }
}

async function runBatch(calendar: Calendar, explainAll: boolean): Promise<void> {
  let pending = '';
  let lineNumber = 0;
  const answer = (lines: string[]): string =>
    lines.map((line) => answerBatchLine(calendar, line, ++lineNumber, explainAll)).join('\n');
  for await (const chunk of process.stdin.setEncoding('utf8')) {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    if (lines.length > 0 && !process.stdout.write(`${answer(lines)}\n`)) await once(process.stdout, 'drain');
  }
  if (pending.trim() !== '') process.stdout.write(`${answer([pending])}\n`);
}

/** Runs the command; returns the exit code. */
export async function run(args: readonly string[]): Promise<number> {
  const values = readArgs(args);
  if (values.calendar === undefined) throw new UsageError(`--calendar is missing; ${USAGE}`);
  const path = values.calendar;
  const calendar = asUsage(() => parseCalendar(readJson(path), path));
  if (values.json && !values.explain) throw new UsageError(`--json goes with --explain; ${USAGE}`);
  if (values.batch) {
    if (values.from !== undefined || values.add !== undefined || values.pause !== undefined) {
      throw new UsageError('--batch reads from, add and pauses from stdin; drop --from, --add and --pause');
    }
    await runBatch(calendar, values.explain === true);
    return 0;
  }
  if (values.from === undefined || values.add === undefined)
    throw new UsageError(`--from and --add are required; ${USAGE}`);
  const { from, add } = values;
  const request = asUsage(() => {
    const pauses = (values.pause ?? []).map((text) => parsePauseText(text, '--pause'));
    return parseDeadlineRequest(from, add, pauses, '--');
  });
  const output = asUsage(() => {
    if (!values.explain) return answerDeadline(calendar, request);
    const explanation = explainRequest(calendar, request);
    return values.json ? JSON.stringify(explanation) : explanationText(explanation);
  });
  process.stdout.write(`${output}\n`);
  return 0;
}
