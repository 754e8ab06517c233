import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { mboxMessages } from '../../cli/commands/ingest-sources';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/support-desk.mjs');
const fixture = (dir: string, name: string) => join(root, 'test/fixtures', dir, name);
const tmp = mkdtempSync(join(tmpdir(), 'ingest-replay-'));

async function replay(...args: string[]): Promise<{ code: number; lines: Record<string, unknown>[] }> {
  const { stdout } = await promisify(execFile)(
    'node',
    [bin, 'ingest', '--dry-run', '--at', '2026-11-23T10:00:00+01:00', ...args],
    { cwd: root },
  );
  return {
    code: 0,
    lines: stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

function maildir(): string {
  const dir = join(tmp, 'Maildir');
  for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(dir, sub), { recursive: true });
  copyFileSync(fixture('real-world', 'postfix-dsn.eml'), join(dir, 'cur', '1700000000.1.host:2,S'));
  copyFileSync(fixture('real-world', 'contact-form-noreply.eml'), join(dir, 'new', '1700000001.2.host'));
  writeFileSync(join(dir, 'tmp', 'half-written'), 'From: x');
  return dir;
}

function mbox(): string {
  const path = join(tmp, 'export.mbox');
  const parts = ['intake/24-complete-it.eml', 'real-world/exchange-ooo-es.eml'].map(
    (f) =>
      `From someone@example.net Mon Nov 23 09:00:00 2026\n${readFileSync(join(root, 'test/fixtures', f), 'latin1')}\n`,
  );
  writeFileSync(path, parts.join(''), 'latin1');
  return path;
}

describe('support-desk ingest --dry-run over many messages', () => {
  it('prints one decision per message of a Maildir and an mbox, then a summary', async () => {
    const { lines } = await replay(maildir(), mbox());
    expect(lines.slice(0, -1).map((l) => [String(l.source).split('/').pop(), l.outcome, l.reason])).toEqual([
      ['1700000000.1.host:2,S', 'ignore', 'bounce'],
      ['1700000001.2.host', 'create', null],
      ['export.mbox#1', 'create', null],
      ['export.mbox#2', 'ignore', 'auto-reply'],
    ]);
    expect(lines.at(-1)).toMatchObject({
      summary: {
        messages: 4,
        errors: 0,
        outcomes: { ignore: 2, create: 2 },
        ignoreReasons: { bounce: 1, 'auto-reply': 1 },
        unverifiedSenders: 0,
      },
    });
  });

  it('prints a JSON line for one file with --jsonl, and an error line for a file that is no message', async () => {
    const prose = join(tmp, 'notes.txt');
    writeFileSync(prose, 'just some notes\n');
    const { lines } = await replay('--jsonl', fixture('intake', '24-complete-it.eml'), prose);
    expect([lines[0]?.outcome, lines[1]?.error, lines.length]).toEqual([
      'create',
      `${prose}: no header section, not an RFC 5322 message`,
      3,
    ]);
  });
});

describe('mboxMessages', () => {
  it('splits at "From " lines after a blank line and unescapes ">From " in bodies', () => {
    const text = 'From a Mon\nSubject: 1\n\n>From here\n\nFrom b Tue\nSubject: 2\n\nx\n';
    const parts = mboxMessages(new Uint8Array(Buffer.from(text))) ?? [];
    expect(parts.map((p) => Buffer.from(p).toString())).toEqual([
      'From a Mon\nSubject: 1\n\nFrom here\n\n',
      'From b Tue\nSubject: 2\n\nx\n',
    ]);
  });

  it('takes a single message with an envelope line for no mbox', () => {
    expect(mboxMessages(new Uint8Array(Buffer.from('From a Mon\nSubject: 1\n\nx\n')))).toBe(null);
  });
});
