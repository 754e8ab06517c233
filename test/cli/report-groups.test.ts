import { describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/report';
import { main } from '../../cli/main';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import { parseDesk } from '../../lib/desk';
import type { ReportJson } from '../../lib/reports';
import { CONTRACT_DESK_FILE, CONTRACT_TICKETS } from '../lib/reports/contract-tickets';
import { captured, servedLocalStack } from './support/local-stack';

// As test/cli/report.test.ts: a real DynamoDB-compatible server behind the local desk's edge,
// here holding a desk with penalty clauses and tickets with teams, categories and billable marks,
// written and read back through the real adapter (so the ticket schema keeps the new fields).
await servedLocalStack({
  deskJson: JSON.stringify(CONTRACT_DESK_FILE),
  source: 'test',
  desk: parseDesk(CONTRACT_DESK_FILE),
  seed: async (table) => {
    const store = new DynamoTicketStore(table);
    for (const ticket of CONTRACT_TICKETS) await store.create(ticket);
  },
});

const AT = ['--at', '2026-11-10T12:00:00+01:00'];

function report(args: readonly string[], through: 'run' | 'main' = 'run') {
  return captured(() => (through === 'run' ? run(args) : main(['report', ...args])));
}

// C0 but newline, DEL, C1, bidi overrides: what a terminal would act on.
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
const TERMINAL_ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('support-desk report --by, penalties and billable tickets, against the local desk table', () => {
  it('prints the groups asked for, the penalty figures and the billable tickets as JSON', async () => {
    const { code, out } = await report(['--json', ...AT, '--by', 'team,calendar', '--by', 'customer']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as ReportJson;
    expect(json.by).toEqual(['team', 'calendar', 'customer']);
    const october = json.periods[0];
    expect(october?.groups.team?.map((g) => [g.key, g.tickets])).toEqual([
      ['first-level', 1],
      ['second-level', 1],
      [null, 5],
    ]);
    expect(october?.groups.calendar?.map((g) => [g.key, g.tickets])).toEqual([
      ['chicago', 1],
      ['rome', 6],
    ]);
    expect(october?.penalties.map((p) => [p.customer, p.complianceRatio, p.penaltyOwed, p.currency])).toEqual(
      [
        ['acme.example.net', 0.5, 1200, 'EUR'],
        ['beta.example.net', 1, 0, 'EUR'],
      ],
    );
    expect(october?.billable.map((b) => [b.customer, b.count, b.tickets])).toEqual([
      ['acme.example.net', 2, ['2026-000101', '2026-000102']],
      ['mallory\u001b]0;owned\u0007@example.net', 1, ['2026-000106']],
      ['zoe@example.net', 1, ['2026-000107']],
    ]);
    expect(out).not.toMatch(TERMINAL_ACTIVE);
  });

  it('prints the groups, the penalty clauses and the billable tickets in the table, terminal-safe', async () => {
    const { code, out } = await report([...AT, '--by', 'category,customer']);
    expect(code).toBe(0);
    expect(out).not.toMatch(TERMINAL_ACTIVE);
    const lines = out.split('\n');
    expect(
      lines
        .find((l) => /^\s+category: bug/.test(l))
        ?.trim()
        .split(/\s{2,}/)
        .slice(0, 7),
    ).toEqual(['category: bug', '2', '1/1/0', '2/0/0', '1/1/0', '50.0 %', 'MISSED']);
    expect(
      lines
        .find((l) => l.startsWith('2026-10  ACME'))
        ?.split(/\s{2,}/)
        .at(-1),
    ).toBe('1200.00 EUR');
    expect(lines.some((l) => /^\s+customer: mallory \]0;owned @example\.net\s/.test(l))).toBe(true);
    expect(lines.find((l) => l.startsWith('2026-10  zoe@example.net'))?.split(/\s{2,}/)).toEqual([
      '2026-10',
      'zoe@example.net',
      '1',
      '2026-000107',
    ]);
  });

  it('exits 2 with one line for a grouping it does not know', async () => {
    const { code, out, err } = await report(['--by', 'team,region'], 'main');
    expect([code, out]).toEqual([2, '']);
    expect(err.trimEnd()).toBe(
      'support-desk report: --by "team,region": expected one or several of priority, team, category, customer, calendar',
    );
  });
});
