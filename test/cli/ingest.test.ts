import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/support-desk.mjs');
const fixture = (name: string) => join(root, 'test/fixtures/intake', name);
const tmp = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
const at = ['--at', '2026-11-23T10:00:00+01:00'];

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [bin, 'ingest', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function file(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('support-desk ingest --dry-run', () => {
  it('prints the decision of a complete request as JSON with ISO deadlines in the calendar zone', async () => {
    const run = await cli('--dry-run', ...at, fixture('24-complete-it.eml'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      outcome: 'create',
      status: 'open',
      deadlines: { takeCharge: '2026-11-24T10:00:00+01:00', resolution: '2026-11-30T10:00:00+01:00' },
      acknowledgement: { subject: '[#0000-000000] Errore nel carrello' },
    });
  });

  it('says of an operator email whether it would be acted on, and the commands it read', async () => {
    const mail = (auth: string) =>
      file(
        `operator-${auth.length}.eml`,
        [
          ...(auth ? [`Authentication-Results: ${auth}`] : []),
          'From: operators@example.com',
          'To: support@example.com',
          'Subject: Re: [#2026-000042] x',
          'Message-ID: <op@example.com>',
          '',
          '#presa 2026-11-24 15:00',
          'Ci pensiamo noi.',
          '',
        ].join('\r\n'),
      );
    const passing = JSON.parse((await cli('--dry-run', ...at, mail(''))).stdout);
    expect(passing.operatorEmail).toEqual({
      authenticated: true,
      verdicts: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
      commands: [{ kind: 'take', expectedAt: Date.parse('2026-11-24T14:00:00Z') }],
      text: 'Ci pensiamo noi.',
      problem: null,
    });
    const forged = JSON.parse(
      (await cli('--dry-run', ...at, mail('amazonses.com; spf=pass; dkim=fail; dmarc=fail'))).stdout,
    );
    expect(forged.operatorEmail.authenticated).toBe(false);
    const customer = JSON.parse((await cli('--dry-run', ...at, fixture('24-complete-it.eml'))).stdout);
    expect(customer.operatorEmail).toBeUndefined();
  });

  it('decides on badly damaged MIME with exit 0', async () => {
    const run = await cli('--dry-run', ...at, fixture('43-broken-mime.eml'));
    expect([run.code, JSON.parse(run.stdout).outcome]).toEqual([0, 'create']);
  });

  it('reads a desk file given with --config', async () => {
    const run = await cli(
      '--dry-run',
      '--at',
      '2026-11-23T10:00:00-06:00',
      '--config',
      join(root, 'examples/desks/two-regions.json'),
      fixture('24-complete-it.eml'),
    );
    // Policy E asks nothing at intake: the customer number is the second level's (docs/decisions/teams.md).
    expect(JSON.parse(run.stdout)).toMatchObject({ calendar: 'europe', status: 'open', missingFields: [] });
  });

  it.each([
    ['a missing file', () => join(tmp, 'nope.eml'), 'nope.eml: cannot read message (ENOENT)'],
    ['an empty file', () => file('empty.eml', ''), 'empty.eml: empty file'],
    [
      'a file with no header section',
      () => file('prose.eml', 'Hello, this is just prose.\n'),
      'prose.eml: no header section',
    ],
  ])('exits 2 with one line for %s', async (_name, path, message) => {
    const run = await cli('--dry-run', ...at, path());
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 naming the field of an invalid desk file', async () => {
    const desk = file(
      'desk.json',
      JSON.stringify({ supportAddresses: ['x'], operatorAddresses: [], calendars: {}, tiers: {} }),
    );
    const run = await cli('--dry-run', ...at, '--config', desk, fixture('24-complete-it.eml'));
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /desk\.json: supportAddresses\[0\]: expected an email address \(found "x"\)$/,
    );
  });

  it('exits 2 for an --at without an offset', async () => {
    const run = await cli('--dry-run', '--at', '2026-11-23T10:00:00', fixture('24-complete-it.eml'));
    expect([run.code, run.stderr.trim()]).toEqual([
      2,
      "support-desk ingest: --at: '2026-11-23T10:00:00' is not an ISO 8601 instant with an offset or Z",
    ]);
  });
});
