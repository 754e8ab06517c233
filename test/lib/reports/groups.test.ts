import { describe, expect, it } from 'vitest';
import type { GroupDimension } from '../../../lib/reports/dimensions';
import type { ReportOptions } from '../../../lib/reports/options';
import { slaReport } from '../../../lib/reports/report';
import { CONTRACT_DESK, CONTRACT_TICKETS } from './contract-tickets';
import { AT, TICKETS } from './tickets';

const options = (by: readonly GroupDimension[]): ReportOptions => ({
  at: AT,
  from: null,
  to: null,
  period: 'month',
  target: 0.9,
  by,
});

/** October's sections: per dimension, each group's key, name and tickets met / missed. */
function october(by: readonly GroupDimension[]) {
  const period = slaReport(CONTRACT_TICKETS, CONTRACT_DESK, options(by)).periods[0];
  if (period?.period.label !== '2026-10') throw new Error('no October');
  return period.groups.map((s) => ({
    dimension: s.dimension,
    rows: s.rows.map((g) => [g.key, g.name, g.row.tickets, g.row.compliant, g.row.missed]),
  }));
}

describe('slaReport grouped', () => {
  it('groups by team, tickets without one in a last "none" group', () => {
    expect(october(['team'])).toEqual([
      {
        dimension: 'team',
        rows: [
          ['first-level', null, 1, 1, 0],
          ['second-level', null, 1, 0, 1],
          [null, null, 5, 3, 2],
        ],
      },
    ]);
  });

  it('groups by category', () => {
    expect(october(['category'])[0]?.rows).toEqual([
      ['bug', null, 2, 1, 1],
      [null, null, 5, 3, 2],
    ]);
  });

  it("groups by customer: one group per customer entry, named as today's desk names it, else the address", () => {
    expect(october(['customer'])[0]?.rows).toEqual([
      ['acme.example.net', 'ACME', 2, 1, 1],
      ['beta.example.net', 'Beta', 1, 1, 0],
      ['chicago.example.org', 'Chicago office', 1, 0, 1],
      // No longer in the desk file: the name the ticket kept.
      ['gone.example.net', 'Gone Ltd', 1, 1, 0],
      ['mallory\u001b]0;owned\u0007@example.net', null, 1, 0, 1],
      ['zoe@example.net', null, 1, 1, 0],
    ]);
  });

  it("groups by calendar, the customer's region of policy E", () => {
    expect(october(['calendar'])[0]?.rows).toEqual([
      ['chicago', null, 1, 0, 1],
      ['rome', null, 6, 4, 2],
    ]);
  });

  it('lists every priority, in order, as byPriority does', () => {
    const [section] = october(['priority']);
    expect(section?.rows.map((r) => r[0])).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(section?.rows[0]).toEqual(['P1', null, 1, 1, 0]);
  });

  it('gives one section per dimension asked, in the order asked, each adding up to the overall line', () => {
    const sections = october(['calendar', 'team', 'customer']);
    expect(sections.map((s) => s.dimension)).toEqual(['calendar', 'team', 'customer']);
    for (const s of sections) expect(s.rows.reduce((n, r) => n + (r[2] as number), 0)).toBe(7);
  });

  it('groups by priority alone when no grouping is asked', () => {
    const report = slaReport(TICKETS, CONTRACT_DESK, { ...options([]), by: undefined });
    expect(report.by).toEqual(['priority']);
    expect(report.periods[0]?.groups.map((s) => s.dimension)).toEqual(['priority']);
    expect(report.periods[0]?.groups[0]?.rows[3]?.row).toEqual(report.periods[0]?.byPriority.P4);
  });
});
