import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk/default-desk';
import { slaReport } from '../../../lib/reports/report';
import { reportJson } from '../../../lib/reports/report-json';
import { CONTRACT_DESK, CONTRACT_TICKETS } from './contract-tickets';
import { AT, TICKETS } from './tickets';

const json = reportJson(
  slaReport(TICKETS, defaultDesk(), { at: AT, from: null, to: null, period: 'month', target: 0.9 }),
);

describe('reportJson', () => {
  it('writes instants with the offset of the desk zone on each date', () => {
    expect(json).toMatchObject({ at: '2026-11-10T12:00:00+01:00', from: '2026-10-01T00:00:00+02:00' });
    expect(json.periods.map((p) => [p.period, p.start, p.end])).toEqual([
      ['2026-10', '2026-10-01T00:00:00+02:00', '2026-11-01T00:00:00+01:00'],
      ['2026-11', '2026-11-01T00:00:00+01:00', '2026-11-10T12:00:00+01:00'],
    ]);
  });

  it('gives each row its counts, ratio, target and business minutes to take charge and to resolve', () => {
    expect(json.periods[0]?.overall).toEqual({
      tickets: 2,
      takeCharge: { met: 1, late: 1, openPastDeadline: 0, pending: 0 },
      resolution: { met: 2, late: 0, openPastDeadline: 0, pending: 0 },
      compliant: 1,
      missed: 1,
      pending: 0,
      complianceRatio: 0.5,
      target: 0.9,
      targetMet: false,
      takeChargeBusinessMinutes: { count: 2, median: 525, p90: 1020 },
      resolutionBusinessMinutes: { count: 2, median: 2595, p90: 4920 },
      // The same two, as named targets (tickets stored before targets: their deadlines stand for them).
      targets: [
        {
          name: 'takeCharge',
          promised: true,
          met: 1,
          late: 1,
          openPastDeadline: 0,
          pending: 0,
          notApplicable: 0,
          businessMinutes: { count: 2, median: 525, p90: 1020 },
        },
        {
          name: 'resolution',
          promised: true,
          met: 2,
          late: 0,
          openPastDeadline: 0,
          pending: 0,
          notApplicable: 0,
          businessMinutes: { count: 2, median: 2595, p90: 4920 },
        },
      ],
    });
  });

  it('has a row for every priority, and the excluded tickets with their receipt', () => {
    expect(Object.keys(json.periods[1]?.byPriority ?? {})).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(json.periods[1]?.excluded).toEqual([
      {
        number: '2026-000006',
        priority: 'P3',
        status: 'awaiting-info',
        receivedAt: '2026-11-05T10:00:00+01:00',
        reason: 'awaiting-info',
      },
    ]);
  });

  it('survives a round trip through JSON text unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('reportJson: groups, penalties and billable tickets', () => {
  const grouped = reportJson(
    slaReport(CONTRACT_TICKETS, CONTRACT_DESK, {
      at: AT,
      from: null,
      to: null,
      period: 'month',
      target: 0.9,
      by: ['team', 'customer'],
    }),
  );
  const october = grouped.periods[0];

  it('names the groupings and gives each period one list per grouping, each line a full row with key and name', () => {
    expect(grouped.by).toEqual(['team', 'customer']);
    expect(Object.keys(october?.groups ?? {})).toEqual(['team', 'customer']);
    expect(october?.groups.team?.map((g) => [g.key, g.tickets, g.complianceRatio])).toEqual([
      ['first-level', 1, 1],
      ['second-level', 1, 0],
      [null, 5, 0.6],
    ]);
    expect(october?.groups.customer?.[0]).toMatchObject({
      key: 'acme.example.net',
      name: 'ACME',
      tickets: 2,
      compliant: 1,
      missed: 1,
      // Taken in charge after 30 and 120 business minutes.
      takeChargeBusinessMinutes: { count: 2, median: 75, p90: 120 },
    });
  });

  it('gives the penalty figure of each customer with a contract value', () => {
    expect(october?.penalties).toEqual([
      {
        customer: 'acme.example.net',
        name: 'ACME',
        tier: 'contract',
        tickets: 2,
        compliant: 1,
        missed: 1,
        pending: 0,
        complianceRatio: 0.5,
        onTimeTarget: 0.9,
        targetMet: false,
        contractValue: 12000,
        penalty: 0.1,
        currency: 'EUR',
        penaltyOwed: 1200,
        provisional: false,
      },
      expect.objectContaining({ customer: 'beta.example.net', contractValue: 5000, penaltyOwed: 0 }),
    ]);
  });

  it('lists the billable tickets per customer with their count', () => {
    expect(october?.billable[0]).toEqual({
      customer: 'acme.example.net',
      name: 'ACME',
      count: 2,
      tickets: ['2026-000101', '2026-000102'],
    });
  });

  it('has the same keys on every period, empty lists in a period without tickets', () => {
    expect(Object.keys(grouped.periods[1] ?? {})).toEqual(Object.keys(october ?? {}));
    expect(grouped.periods[1]).toMatchObject({
      groups: { team: [], customer: [] },
      penalties: [],
      billable: [],
    });
  });
});
