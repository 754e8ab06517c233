import { beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/tickets';
import { UsageError } from '../../cli/usage-error';
import { withNoDeskRunning } from '../support/no-desk';

describe('support-desk tickets', () => {
  withNoDeskRunning();
  // Nobody acts unless a command says who: not even an operator set in the shell running the tests.
  beforeEach(() => {
    vi.stubEnv('SUPPORT_DESK_OPERATOR', '');
    return () => vi.unstubAllEnvs();
  });

  it.each([
    { args: [], message: 'usage: support-desk tickets <subcommand>' },
    { args: ['show'], message: 'show needs one ticket number such as 2026-000042' },
    { args: ['list', '--priority', 'P9'], message: '--priority "P9": expected one of P1, P2, P3, P4' },
    {
      args: ['list', '--status', 'waiting'],
      message:
        '--status "waiting": expected one of awaiting-info, open, in-progress, awaiting-customer, resolved, closed',
    },
    { args: ['delete', '2026-000001'], message: "unknown subcommand 'delete'" },
    { args: ['list', '--csv'], message: "Unknown option '--csv'" },
    { args: ['take-charge'], message: 'take-charge needs one ticket number such as 2026-000042' },
    { args: ['resolve', '42'], message: 'resolve needs one ticket number such as 2026-000042' },
    { args: ['close', '2026-000001', '2026-000002'], message: 'close needs one ticket number' },
    {
      args: ['resolve', '2026-000001'],
      message: 'resolve needs --as ADDRESS or SUPPORT_DESK_OPERATOR (an operator address of the desk)',
    },
    {
      args: ['take-charge', '2026-000001', '--expect', 'tomorrow'],
      message: '--expect "tomorrow": expected an ISO 8601 instant with an offset or Z',
    },
  ])('rejects $args with one line naming the problem', async ({ args, message }) => {
    const attempt = run(args);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(run(args)).rejects.toThrow(message);
  });

  it('says the desk is not running when nothing answers on its edge endpoint', async () => {
    await expect(run(['list', '--json'])).rejects.toThrow(
      /^no local desk answers at http:\/\/127\.0\.0\.1:\d+/,
    );
  });
});
