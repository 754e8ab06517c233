import { describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/reminders';
import { UsageError } from '../../cli/usage-error';
import { withNoDeskRunning } from '../support/no-desk';

describe('support-desk reminders', () => {
  withNoDeskRunning();

  it.each([
    { args: [], message: 'usage: support-desk reminders list' },
    { args: ['fire'], message: "unknown subcommand 'fire'" },
    { args: ['list', '42'], message: 'reminders list takes at most one ticket number' },
    {
      args: ['run-due', '--at', '2026-11-23T10:00:00Z', '--stack', 'prod'],
      message: 'run-due fires reminders on the local desk',
    },
    { args: ['run-due'], message: '--at is required' },
    {
      args: ['run-due', '--at', '2026-11-23T10:00:00'],
      message: 'expected an ISO 8601 instant with an offset or Z',
    },
    { args: ['run-due', '--at', 'soon'], message: '--at "soon": expected an ISO 8601 instant' },
    { args: ['run-due', '--at', '2026-11-23T10:00:00Z', '--now'], message: "Unknown option '--now'" },
  ])('rejects $args with one line naming the problem', async ({ args, message }) => {
    await expect(run(args)).rejects.toThrow(UsageError);
    await expect(run(args)).rejects.toThrow(message);
  });

  it('says the desk is not running when nothing answers on its edge endpoint', async () => {
    await expect(run(['run-due', '--at', '2026-11-23T10:00:00+01:00'])).rejects.toThrow(
      /^no local desk answers at/,
    );
  });
});
