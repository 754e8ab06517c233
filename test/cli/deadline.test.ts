import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/deadline';
import { UsageError } from '../../cli/usage-error';

const dir = mkdtempSync(join(tmpdir(), 'deadline-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const contract = file(
  'contract.json',
  JSON.stringify({
    timeZone: 'Europe/Rome',
    hours: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['09:00-13:00', '14:30-18:30']]),
    ),
    holidays: { country: 'IT' },
  }),
);
const badZone = file('bad-zone.json', JSON.stringify({ timeZone: 'GMT+1', hours: {} }));
const notJson = file('not-json.json', '{ "timeZone": ');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('support-desk deadline (in process)', () => {
  it('prints the deadline in the calendar zone, as CONTRACT section 3 shows', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await run(['--calendar', contract, '--from', '2026-01-08T12:30:00+01:00', '--add', '4h']);
    expect(code).toBe(0);
    expect(write).toHaveBeenCalledWith('2026-01-08T18:00:00+01:00\n');
  });

  it('takes --pause more than once', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const pauses = [
      '2026-01-08T13:00:00+01:00/2026-01-08T15:00:00+01:00',
      '2026-01-08T17:00:00+01:00/2026-01-08T17:30:00+01:00',
    ];
    await run([
      '--calendar',
      contract,
      '--from',
      '2026-01-08T12:30:00+01:00',
      '--add',
      '4h',
      ...pauses.flatMap((p) => ['--pause', p]),
    ]);
    expect(write).toHaveBeenCalledWith('2026-01-09T09:30:00+01:00\n');
  });

  it.each([
    {
      name: 'a calendar with an unknown zone',
      args: ['--calendar', badZone, '--from', '2026-01-08T12:30:00Z', '--add', '4h'],
      message: `${badZone}: timeZone = "GMT+1": is not an IANA time zone`,
    },
    {
      name: 'a calendar that is not JSON',
      args: ['--calendar', notJson, '--from', '2026-01-08T12:30:00Z', '--add', '4h'],
      message: `${notJson}: is not JSON`,
    },
    {
      name: 'a missing calendar file',
      args: ['--calendar', join(dir, 'none.json'), '--from', '2026-01-08T12:30:00Z', '--add', '4h'],
      message: 'none.json: cannot read the calendar (ENOENT)',
    },
    {
      name: 'an instant without offset',
      args: ['--calendar', contract, '--from', '2026-01-08T12:30:00', '--add', '4h'],
      message: '--from "2026-01-08T12:30:00": is not an ISO 8601 instant with an offset or Z',
    },
    {
      name: 'a unit other than m/h/d',
      args: ['--calendar', contract, '--from', '2026-01-08T12:30:00Z', '--add', '4w'],
      message: '--add "4w": has a unit other than m, h or d',
    },
    {
      name: 'a negative amount',
      args: ['--calendar', contract, '--from', '2026-01-08T12:30:00Z', '--add', '-4h'],
      message: '--add "-4h": is negative',
    },
    {
      name: 'a pause end without offset',
      args: [
        '--calendar',
        contract,
        '--from',
        '2026-01-08T12:30:00Z',
        '--add',
        '4h',
        '--pause',
        '2026-01-08T13:00:00Z/2026-01-08T15:00:00',
      ],
      message: '--pause "2026-01-08T15:00:00": is not an ISO 8601 instant',
    },
    {
      name: 'no calendar',
      args: ['--from', '2026-01-08T12:30:00Z', '--add', '4h'],
      message: '--calendar is missing',
    },
    {
      name: 'no amount',
      args: ['--calendar', contract, '--from', '2026-01-08T12:30:00Z'],
      message: '--from and --add are required',
    },
    {
      name: 'an unknown option',
      args: ['--calendar', contract, '--form', 'x'],
      message: "Unknown option '--form'",
    },
    {
      name: '--batch with --from',
      args: ['--calendar', contract, '--batch', '--from', '2026-01-08T12:30:00Z'],
      message: '--batch reads from, add and pauses from stdin',
    },
  ])('rejects $name with one line naming it', async ({ args, message }) => {
    const failure = run(args);
    await expect(failure).rejects.toThrow(UsageError);
    await expect(run(args)).rejects.toThrow(message);
    await expect(run(args)).rejects.not.toThrow(/\n/);
  });
});
