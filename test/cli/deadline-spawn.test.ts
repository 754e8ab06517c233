import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The real command, as an operator runs it: a process, its exit code, its two streams. */

const bin = fileURLToPath(new URL('../../bin/support-desk.mjs', import.meta.url));
const calendar = fileURLToPath(new URL('../../examples/calendars/split-shift.json', import.meta.url));

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function supportDesk(args: readonly string[], stdin = ''): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

describe('npx support-desk deadline', () => {
  it('prints the deadline and exits 0', async () => {
    const out = await supportDesk([
      'deadline',
      '--calendar',
      calendar,
      '--from',
      '2026-01-09T17:30:00+01:00',
      '--add',
      '2h',
    ]);
    expect(out).toEqual({ code: 0, stdout: '2026-01-12T10:00:00+01:00\n', stderr: '' });
  });

  it('exits 2 with one line on stderr, naming file, field and value, for a bad calendar', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'deadline-')), 'bad.json');
    writeFileSync(bad, JSON.stringify({ timeZone: 'Europe/Rome', hours: { mon: ['09:00-25:00'] } }));
    const out = await supportDesk([
      'deadline',
      '--calendar',
      bad,
      '--from',
      '2026-01-09T17:30:00+01:00',
      '--add',
      '2h',
    ]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      `support-desk deadline: ${bad}: hours.mon[0] = "09:00-25:00": is not a time range HH:MM-HH:MM between 00:00 and 24:00\n`,
    );
  });

  it('answers --batch line by line, an error for a bad line, and goes on', async () => {
    const lines = [
      { from: '2026-01-08T12:30:00+01:00', add: '4h' },
      { from: '2026-01-08T12:30:00', add: '4h' },
      {
        from: '2026-08-07T17:30:00+02:00',
        add: '2h',
        pauses: [['2026-08-07T17:45:00+02:00', '2026-08-07T18:00:00+02:00']],
      },
    ];
    const out = await supportDesk(
      ['deadline', '--calendar', calendar, '--batch'],
      `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`,
    );
    expect(out.code).toBe(0);
    expect(
      out.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { deadline: '2026-01-08T18:00:00+01:00' },
      {
        error:
          'line 2: from "2026-01-08T12:30:00": is not an ISO 8601 instant with an offset or Z (e.g. 2026-01-08T12:30:00+01:00)',
      },
      { deadline: '2026-08-31T10:15:00+02:00' },
    ]);
  });
});
