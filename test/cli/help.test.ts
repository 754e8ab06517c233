import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';

async function run(argv: readonly string[]) {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, out: out.join('') };
}

describe('--help', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    [['--help'], 'usage: support-desk <command>'],
    [['deadline', '--help'], 'usage: support-desk deadline'],
    [['ingest', '--help'], 'usage: support-desk ingest'],
    [['send', '--help'], 'usage: support-desk send'],
    [['tickets', '--help'], 'usage: support-desk tickets'],
    [['tickets', 'list', '--help'], 'usage: support-desk tickets list'],
    [['tickets', 'show', '--help'], 'usage: support-desk tickets show'],
    [['tickets', 'take-charge', '--help'], 'usage: support-desk tickets take-charge <number> [--expect ISO]'],
    [['tickets', 'reopen', '-h'], 'usage: support-desk tickets reopen'],
    [['reminders', '--help'], 'usage: support-desk reminders list'],
    [['reminders', 'list', '--help'], 'usage: support-desk reminders list'],
    [['reminders', 'run-due', '--help'], 'usage: support-desk reminders run-due'],
    [['report', '--help'], 'usage: support-desk report'],
  ])('%j prints its usage and exits 0, reaching no desk', async (argv, usage) => {
    const { code, out } = await run(argv);
    expect(code).toBe(0);
    expect(out).toContain(usage);
  });
});
