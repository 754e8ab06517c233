import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/report';
import { main } from '../../cli/main';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import { createTicketTable } from '../../lib/aws/ticket-table';
import type { ReportJson } from '../../lib/reports';
import { TICKETS } from '../lib/reports/tickets';
import { type LocalTable, startLocalTable } from '../support/dynalite';
import { closedPort } from '../support/no-desk';

// A real DynamoDB-compatible server holding the local desk's table, seeded through the real store
// adapter; the command finds it as it finds a running `npm start`: by DYNAMODB_PORT alone.
const desk: LocalTable = await startLocalTable('support-desk-local');
const store = new DynamoTicketStore(desk);
for (const ticket of TICKETS) await store.create(ticket);
afterAll(async () => desk.stop());

const AT = ['--at', '2026-11-10T12:00:00+01:00'];

/** Runs the command in process; what it wrote to stdout and stderr. */
async function report(args: readonly string[], through: 'run' | 'main' = 'run') {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  const code = through === 'run' ? await run(args) : await main(['report', ...args]);
  vi.restoreAllMocks();
  return { code, out: out.join(''), err: err.join('') };
}

beforeEach(() => {
  vi.stubEnv('TABLE_NAME', undefined);
  vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', undefined);
  vi.stubEnv('DESK_CONFIG_PATH', undefined);
  vi.stubEnv('DYNAMODB_PORT', new URL(desk.endpoint).port);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

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

  it('reads the table TABLE_NAME names, where AWS_ENDPOINT_URL_DYNAMODB points, as on AWS', async () => {
    await createTicketTable(desk.client, 'tickets-on-aws');
    await new DynamoTicketStore({ client: desk.client, tableName: 'tickets-on-aws' }).create(TICKETS[0]!);
    vi.stubEnv('TABLE_NAME', 'tickets-on-aws');
    vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', desk.endpoint);
    vi.stubEnv('AWS_REGION', 'us-east-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'local');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local');
    const json = JSON.parse((await report(['--json', ...AT])).out) as ReportJson;
    expect(json.periods.map((p) => p.overall.tickets)).toEqual([1, 0]);
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

  it.each([
    [
      'DYNAMODB_PORT',
      'eight thousand',
      /^support-desk report: DYNAMODB_PORT="eight thousand": expected a port number/,
    ],
    [
      'DESK_CONFIG_PATH',
      '/nonexistent/desk.json',
      /^support-desk report: DESK_CONFIG_PATH: cannot read desk file/,
    ],
  ])('exits 2 with one line for %s=%s', async (name, value, message) => {
    vi.stubEnv(name, value);
    const { code, err } = await report([], 'main');
    expect(code).toBe(2);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err.trimEnd()).toMatch(message);
  });

  it('says in one line where it looked when no desk answers', async () => {
    vi.stubEnv('DYNAMODB_PORT', String(await closedPort()));
    const { code, err } = await report(AT, 'main');
    expect(code).toBe(1);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err.trimEnd()).toMatch(
      /^support-desk report: cannot read tickets from the local desk at http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED.* \(is `npm start` running\?\)$/,
    );
  });
});
