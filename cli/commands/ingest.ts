import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type Desk, DeskConfigError } from '../../lib/desk';
import { DeskFileUnreadableError, loadDeskFile } from '../../lib/desk/desk-file';
import type { Instant } from '../../lib/domain/vocabulary';
import { decide } from '../../lib/intake';
import { parseMail } from '../../lib/mail';
import { UsageError } from '../usage-error';
import { dryRunJson } from './dry-run-json';
import { notAMessage, replay } from './ingest-replay';
import { mboxMessages } from './ingest-sources';

export { DRY_RUN_TICKET, dryRunJson } from './dry-run-json';

/** Printed for `ingest --help`. */
export const usage =
  'usage: support-desk ingest --dry-run [--at ISO] [--config desk.json] [--jsonl] message.eml|mbox|Maildir|dir ...';

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        at: { type: 'string' },
        config: { type: 'string' },
        jsonl: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}; ${usage}`);
  }
}

function instantOf(text: string | undefined): Instant {
  if (text === undefined) return Date.now();
  const ms = Date.parse(text);
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text) || Number.isNaN(ms)) {
    throw new UsageError(`--at: '${text}' is not an ISO 8601 instant with an offset or Z`);
  }
  return ms;
}

async function readBytes(path: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: cannot read ${what} (${code ?? 'error'})`);
  }
}

function loadDesk(path: string | undefined): Desk {
  try {
    return loadDeskFile(path, process.cwd()).desk;
  } catch (error) {
    if (error instanceof DeskFileUnreadableError)
      throw new UsageError(`${path}: cannot read desk file (${error.code})`);
    if (error instanceof DeskConfigError) throw new UsageError(error.message);
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function loadMessage(path: string): Promise<Uint8Array> {
  const raw = await readBytes(path, 'message');
  const problem = notAMessage(path, raw);
  if (problem) throw new UsageError(problem);
  return raw;
}

/** True when one path is more than one message: a directory (Maildir or not) or an mbox of several. */
async function isReplay(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (info === null) return false;
  if (info.isDirectory()) return true;
  return mboxMessages(await readBytes(path, 'message')) !== null;
}

/**
 * `support-desk ingest --dry-run`: prints what the pipeline would do with one message (CONTRACT
 * section 4), or, with `--jsonl` or several messages (files, an mbox, a Maildir, a directory),
 * one decision per line and a summary.
 */
export async function run(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args);
  if (!values['dry-run']) throw new UsageError(`only --dry-run is available from the command line; ${usage}`);
  if (positionals.length === 0) throw new UsageError(`expected a message file; ${usage}`);
  const receivedAt = instantOf(values.at);
  const desk = loadDesk(values.config);
  const [only] = positionals;
  if (!values.jsonl && positionals.length === 1 && only !== undefined && !(await isReplay(only))) {
    const message = await parseMail(await loadMessage(only));
    process.stdout.write(
      `${JSON.stringify(dryRunJson(desk, decide(message, desk, receivedAt), message), null, 2)}\n`,
    );
    return 0;
  }
  await replay(positionals, desk, receivedAt);
  return 0;
}
