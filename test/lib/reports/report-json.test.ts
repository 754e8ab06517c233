import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk/default-desk';
import { slaReport } from '../../../lib/reports/report';
import { reportJson } from '../../../lib/reports/report-json';
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
