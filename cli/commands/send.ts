import { readFile } from 'node:fs/promises';
import { parseArgs as parseArgv } from 'node:util';
import { DeskNotRunningError } from '../../local/errors';
import { readLocalSettings } from '../../local/settings';
import { envelopeOf, SmtpRefusedError, sendToDesk } from '../../local/smtp-send';
import { UsageError } from '../usage-error';

const USAGE = 'usage: support-desk send <file.eml> [--to <address>] [--from <address>]';

/** Printed for `send --help`. */
export const usage = USAGE;

/** `support-desk send <file.eml>`: delivers a message file to the local desk over SMTP, as a mail client would. */
export async function run(args: readonly string[]): Promise<number> {
  const { file, to, from } = parseArgs(args);
  const raw = await readMessage(file);
  const envelope = await envelopeOf(raw);
  const final = { mailFrom: from ?? envelope.mailFrom, rcptTo: to ? [to] : envelope.rcptTo };
  if (final.rcptTo.length === 0)
    throw new UsageError(`${file}: no recipient in To or Cc (give one with --to)`);
  const settings = readLocalSettings(process.env, process.cwd());
  try {
    const result = await sendToDesk(settings.smtpPort, raw, final, settings.dataDir);
    process.stdout.write(`${file}: ${result.response}\n`);
    if (result.rejected.length > 0)
      process.stdout.write(`${file}: refused for ${result.rejected.join(', ')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof SmtpRefusedError) {
      process.stderr.write(`${file}: ${error.message}\n`);
      return 1;
    }
    throw connectionProblem(error, settings.smtpPort) ?? error;
  }
}

function parseArgs(args: readonly string[]): { file: string; to?: string; from?: string } {
  try {
    const { values, positionals } = parseArgv({
      args: [...args],
      options: { to: { type: 'string' }, from: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError(USAGE);
    return { file: positionals[0]!, ...values };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${(error as Error).message}; ${USAGE}`);
  }
}

async function readMessage(file: string): Promise<Buffer> {
  const raw = await readFile(file).catch(() => {
    throw new UsageError(`${file}: no such file`);
  });
  if (raw.length === 0) throw new UsageError(`${file}: the file is empty`);
  return raw;
}

function connectionProblem(error: unknown, port: number): DeskNotRunningError | null {
  // nodemailer reports a refused connection as ESOCKET with the system's code kept aside.
  const { code, originalCode } = error as { code?: string; originalCode?: string };
  const refused = code === 'ECONNREFUSED' || originalCode === 'ECONNREFUSED';
  return refused ? new DeskNotRunningError(`smtp://127.0.0.1:${port}`, { cause: error }) : null;
}
