import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../usage-error';

// Where a replay finds its messages: files (.eml or any raw RFC 5322 file), an mbox (messages
// separated by "From " lines, as Thunderbird, mutt and Google Takeout export them), a Maildir
// (cur/ and new/), or a directory of message files. One message at a time, so a month's export
// never has to fit in memory twice.

/** One message of a replay, named for the report ("path", or "path#3" inside an mbox). */
export interface SourcedMessage {
  readonly source: string;
  readonly bytes: Uint8Array;
}

async function kindOf(path: string): Promise<'file' | 'dir'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: cannot read message (${code ?? 'error'})`);
  }
}

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name));
  // A Maildir: delivered messages are in cur/ and new/; tmp/ holds half-written ones.
  if (names.has('cur') && names.has('new')) {
    const parts = await Promise.all(['cur', 'new'].map((sub) => filesOf(join(dir, sub))));
    return parts.flat();
  }
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(dir, e.name))
    .sort();
}

// An mbox starts with a "From " line; each message after a blank line does too.
const mboxStart = /^From \S+/;

/** The messages of an mbox (mboxrd: ">From " lines in bodies are unescaped), or null when the text is not one. */
export function mboxMessages(bytes: Uint8Array): Uint8Array[] | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!mboxStart.test(text)) return null;
  const starts = [0];
  for (let i = text.indexOf('\n\nFrom '); i >= 0; i = text.indexOf('\n\nFrom ', i + 2)) starts.push(i + 2);
  if (starts.length < 2) return null;
  return starts.map((start, k) => {
    const chunk = text.slice(start, starts[k + 1] ?? text.length).replace(/^>(>*From )/gm, '$1');
    return new Uint8Array(Buffer.from(chunk, 'latin1'));
  });
}

async function* messagesOfFile(path: string): AsyncGenerator<SourcedMessage> {
  const bytes = new Uint8Array(await readFile(path));
  const inMbox = mboxMessages(bytes);
  if (inMbox === null) {
    yield { source: path, bytes };
    return;
  }
  for (const [i, message] of inMbox.entries()) yield { source: `${path}#${i + 1}`, bytes: message };
}

/** Every message named by the paths, in order; a path that does not exist is bad input. */
export async function* messagesOf(paths: readonly string[]): AsyncGenerator<SourcedMessage> {
  for (const path of paths) {
    const files = (await kindOf(path)) === 'dir' ? await filesOf(path) : [path];
    for (const file of files) yield* messagesOfFile(file);
  }
}
