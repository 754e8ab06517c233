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
const rome = file(
  'rome.json',
  JSON.stringify({
    timeZone: 'Europe/Rome',
    hours: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, ['09:00-13:00', '14:30-18:30']]),
    ),
    holidays: { country: 'IT', region: '62', city: 'RM' },
  }),
);
const madrid = file(
  'madrid.json',
  JSON.stringify({ timeZone: 'Europe/Madrid', hours: '24/7', holidays: { country: 'ES', region: 'MD' } }),
);
const nowhere = file(
  'nowhere.json',
  JSON.stringify({
    timeZone: 'Europe/Rome',
    hours: '24/7',
    holidays: { country: 'IT', region: '62', city: 'XX' },
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

  it("counts Rome's patron saints' day as a holiday, with no manual step", async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await run(['--calendar', rome, '--from', '2026-06-26T12:00:00+02:00', '--add', '8h']);
    expect(write).toHaveBeenCalledWith('2026-06-30T12:00:00+02:00\n');
  });

  it('knows the holidays of a place outside Italy and the US: Madrid keeps 2 May', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await run(['--calendar', madrid, '--from', '2026-05-01T23:00:00+02:00', '--add', '1h']);
    expect(write).toHaveBeenCalledWith('2026-05-03T01:00:00+02:00\n');
  });

  it('explains a deadline as text: counted intervals, skipped dates with reasons, pauses', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await run(['--calendar', rome, '--from', '2026-06-26T12:00:00+02:00', '--add', '8h', '--explain']);
    const text = String(write.mock.calls[0]?.[0]);
    expect(text.split('\n')).toEqual([
      'deadline: 2026-06-30T12:00:00+02:00',
      'counted: 480 min of open time in 3 interval(s):',
      '  2026-06-26T12:00:00+02:00 to 2026-06-26T13:00:00+02:00  60 min',
      '  2026-06-26T14:30:00+02:00 to 2026-06-26T18:30:00+02:00  240 min',
      '  2026-06-30T09:00:00+02:00 to 2026-06-30T12:00:00+02:00  180 min',
      'skipped (no open time):',
      '  2026-06-27 weekend',
      '  2026-06-28 weekend',
      '  2026-06-29 holiday: Santi Pietro e Paolo',
      'paused: none',
      '',
    ]);
  });

  it('explains a deadline as one JSON object with --explain --json', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const pause = '2026-06-26T12:00:00+02:00/2026-06-26T12:30:00+02:00';
    await run([
      '--calendar',
      rome,
      '--from',
      '2026-06-26T12:00:00+02:00',
      '--add',
      '1h',
      '--pause',
      pause,
      '--explain',
      '--json',
    ]);
    expect(JSON.parse(String(write.mock.calls[0]?.[0]))).toEqual({
      deadline: '2026-06-26T15:00:00+02:00',
      counted: [
        { from: '2026-06-26T12:30:00+02:00', to: '2026-06-26T13:00:00+02:00', minutes: 30 },
        { from: '2026-06-26T14:30:00+02:00', to: '2026-06-26T15:00:00+02:00', minutes: 30 },
      ],
      skipped: [],
      paused: [{ from: '2026-06-26T12:00:00+02:00', to: '2026-06-26T12:30:00+02:00' }],
    });
  });

  it.each([
    {
      name: 'a city date-holidays does not know',
      args: ['--calendar', nowhere, '--from', '2026-01-08T12:30:00Z', '--add', '4h'],
      message: `${nowhere}: holidays.city = "XX": is not a city of IT-62 in date-holidays`,
    },
    {
      name: '--json without --explain',
      args: ['--calendar', contract, '--from', '2026-01-08T12:30:00Z', '--add', '4h', '--json'],
      message: '--json goes with --explain',
    },
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
