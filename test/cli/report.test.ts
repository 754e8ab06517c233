import { describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/report';
import { main } from '../../cli/main';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import { DEFAULT_DESK_FILE, defaultDesk } from '../../lib/desk';
import type { ReportJson } from '../../lib/reports';
import { TICKETS } from '../lib/reports/tickets';
import { closedPort } from '../support/no-desk';
import { captured, servedLocalStack } from './support/local-stack';

// A real DynamoDB-compatible server holding the local desk's table and its desk configuration,
// seeded through the real adapters, behind the local desk's real edge endpoint; the command finds
// it as it finds a running `npm start`: by EDGE_PORT alone, as the stack `local`.
const { edgeEndpoint } = await servedLocalStack({
  deskJson: JSON.stringify(DEFAULT_DESK_FILE),
  source: 'test',
  desk: defaultDesk(),
  seed: async (table) => {
    const store = new DynamoTicketStore(table);
    for (const ticket of TICKETS) await store.create(ticket);
  },
});

const AT = ['--at', '2026-11-10T12:00:00+01:00'];

/** Runs the command in process; what it wrote to stdout and stderr. */
function report(args: readonly string[], through: 'run' | 'main' = 'run') {
  return captured(() => (through === 'run' ? run(args) : main(['report', ...args])));
}

describe('support-desk report, against the local desk table', () => {
  it('prints the JSON report of every ticket in the table', async () => {
    const { code, out } = await report(['--json', ...AT]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as ReportJson;
    expect(json.periods.map((p) => [p.period, p.overall.tickets, p.overall.complianceRatio])).toEqual([
      ['2026-10', 2, 0.5],
      ['2026-11', 2, 0],
    ]);
    expect(json.periods.flatMap((p) => p.excluded.map((t) => t.number))).toEqual([
      '2026-000003',
      '2026-000006',
    ]);
    expect(json.periods[0]?.byPriority.P1).toMatchObject({ complianceRatio: 1, targetMet: true });
  });

  it('prints a table for people by default', async () => {
    const { code, out } = await report(AT);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      'SLA compliance by month (Europe/Rome), target 90 % of tickets, as of 2026-11-10T12:00:00+01:00',
    );
    expect(lines.find((line) => line.startsWith('2026-10'))?.split(/\s{2,}/)).toEqual([
      '2026-10',
      'all',
      '2',
      '1/1/0',
      '2/0/0',
      '1/1/0',
      '50.0 %',
      'MISSED',
      '8h 45m',
      '17h 00m',
      '43h 15m',
      '82h 00m',
    ]);
  });

  it('takes weeks, a range given as dates and another target', async () => {
    const { out } = await report([
      '--json',
      ...AT,
      '--period',
      'week',
      '--from',
      '2026-10-05',
      '--to',
      '2026-10-19',
      '--target',
      '0.5',
    ]);
    const json = JSON.parse(out) as ReportJson;
    expect(json.periods.map((p) => [p.period, p.overall.tickets, p.overall.targetMet])).toEqual([
      ['2026-W41', 2, true],
      ['2026-W42', 0, null],
    ]);
  });

  it('reads a named stack through AWS_ENDPOINT_URL with the code that reads a deployed one', async () => {
    vi.stubEnv('EDGE_PORT', String(await closedPort()));
    vi.stubEnv('AWS_ENDPOINT_URL', edgeEndpoint);
    const json = JSON.parse((await report(['--json', '--stack', 'local', ...AT])).out) as ReportJson;
    expect(json.periods.map((p) => p.overall.tickets)).toEqual([2, 2]);
  });
});

describe('support-desk report, refusing what it cannot use', () => {
  it.each([
    [['--period', 'year'], /^support-desk report: --period "year": expected month or week$/],
    [['--target', '90'], /^support-desk report: --target "90": expected a share above 0 and at most 1/],
    [['--from', 'yesterday'], /^support-desk report: --from "yesterday": expected an ISO 8601 instant/],
    [
      ['--from', '2026-11-01', '--to', '2026-10-01'],
      /^support-desk report: --from "2026-11-01": expected an instant before --to$/,
    ],
    [['--colour'], /^support-desk report: Unknown option '--colour'.*; usage: support-desk report/],
    [['2026-11'], /^support-desk report: Unexpected argument '2026-11'.*; usage: support-desk report/],
  ])('exits 2 with one line for %j', async (args, message) => {
    const { code, out, err } = await report(args, 'main');
    expect([code, out]).toEqual([2, '']);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err.trimEnd()).toMatch(message);
  });

  it('exits 2 with one line for an EDGE_PORT that is no port', async () => {
    vi.stubEnv('EDGE_PORT', 'eight thousand');
    const { code, err } = await report([], 'main');
    expect(code).toBe(2);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err.trimEnd()).toMatch(/^support-desk report: EDGE_PORT="eight thousand": expected a port number/);
  });

  it('says in one line where it looked when no desk answers', async () => {
    vi.stubEnv('EDGE_PORT', String(await closedPort()));
    const { code, err } = await report(AT, 'main');
    expect(code).toBe(1);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err.trimEnd()).toMatch(
      /^support-desk report: no local desk answers at http:\/\/127\.0\.0\.1:\d+: start it with `npm start`/,
    );
  });
});
