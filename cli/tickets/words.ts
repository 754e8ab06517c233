import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { detectMimeType } from 'nodemailer/lib/mime-funcs';
import type { OperatorWords } from '../../lib/compose/operator-words';
import { MAX_FORWARDED_BYTES } from '../../lib/tickets';
import { UsageError } from '../usage-error';

/** The options that carry what an operator writes to the customer. */
export const WORDS_OPTIONS = {
  text: { type: 'string' },
  file: { type: 'string' },
  attach: { type: 'string', multiple: true },
} as const;

export const WORDS_USAGE = '(--text T | --file F) [--attach FILE]...';

interface WordsValues {
  readonly text?: string | undefined;
  readonly file?: string | undefined;
  readonly attach?: readonly string[] | undefined;
}

function fileBytes(option: string, path: string): Uint8Array {
  try {
    if (!statSync(path).isFile()) throw new UsageError(`${option} ${path}: not a file`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${option} ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

function textOf(path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(fileBytes('--file', path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--file ${path}: not UTF-8 text`);
  }
}

/**
 * The words of a command: `--text` or `--file` (UTF-8), and the `--attach` files with their types
 * from their names. Undefined when none is given; a UsageError, one line, when both texts are
 * given, a file cannot be read, or the files are more than the desk sends.
 */
export function wordsFrom(values: WordsValues): OperatorWords | undefined {
  if (values.text !== undefined && values.file !== undefined) {
    throw new UsageError('give --text or --file, not both');
  }
  const text = values.text ?? (values.file === undefined ? undefined : textOf(values.file));
  const attachments = (values.attach ?? []).map((path) => ({
    filename: basename(path),
    contentType: detectMimeType(extname(path).slice(1) || 'bin').toLowerCase(),
    content: fileBytes('--attach', path),
  }));
  const bytes = attachments.reduce((sum, a) => sum + a.content.byteLength, 0);
  if (bytes > MAX_FORWARDED_BYTES) {
    throw new UsageError(
      `--attach: the files add up to ${bytes} bytes, more than the ${MAX_FORWARDED_BYTES} the desk sends`,
    );
  }
  if (text === undefined && attachments.length === 0) return undefined;
  return { text: text ?? '', attachments };
}
