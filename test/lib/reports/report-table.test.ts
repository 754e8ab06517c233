import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk/default-desk';
import { slaReport } from '../../../lib/reports/report';
import { businessHours, reportTable } from '../../../lib/reports/report-table';
import { AT, TICKETS } from './tickets';

const lines = reportTable(
  slaReport(TICKETS, defaultDesk(), { at: AT, from: null, to: null, period: 'month', target: 0.9 }),
);
/** The cells of the table line that starts with these words. */
const row = (start: RegExp) =>
  lines
    .find((line) => start.test(line))
    ?.trim()
    .split(/\s{2,}/);

describe('reportTable', () => {
  it('opens with what the report covers: periods, zone, target and instant', () => {
    expect(lines[0]).toBe(
      'SLA compliance by month (Europe/Rome), target 90 % of tickets, as of 2026-11-10T12:00:00+01:00',
    );
    expect(lines[1]).toBe('Tickets received from 2026-10-01T00:00:00+02:00 to 2026-11-10T12:00:00+01:00.');
  });

  it('writes one line per period and one per priority with tickets', () => {
    expect(row(/^2026-10/)).toEqual([
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
      // resolved after 4h 30m and 82h of business time
      '43h 15m',
      '82h 00m',
    ]);
    expect(row(/^\s+P1/)).toEqual([
      'P1',
      '1',
      '1/0/0',
      '1/0/0',
      '1/0/0',
      '100.0 %',
      'met',
      '30m',
      '30m',
      '4h 30m',
      '4h 30m',
    ]);
    expect(row(/^2026-11/)).toEqual([
      '2026-11',
      'all',
      '2',
      '1/0/1',
      '0/0/1',
      '0/1/1',
      '0.0 %',
      'MISSED',
      '1h 00m',
      '1h 00m',
      '-',
      '-',
    ]);
    expect(lines.filter((line) => /^\s+P3\s/.test(line))).toHaveLength(1);
  });

  it('lists the tickets left out of the ratios, with why', () => {
    const apart = lines.slice(lines.indexOf('Not in the ratios:') + 1);
    expect(apart.map((line) => line.split(/\s{2,}/).slice(0, 5))).toEqual([
      ['2026-10', '2026-000003', 'P3', 'open', 'best effort (no deadlines)'],
      ['2026-11', '2026-000006', 'P3', 'awaiting-info', 'clock not started (information missing)'],
    ]);
  });
});

describe('businessHours', () => {
  it.each([
    [null, '-'],
    [0, '0m'],
    [45 * 60_000, '45m'],
    [65 * 60_000, '1h 05m'],
    [26 * 3_600_000 + 29_999, '26h 00m'],
  ])('writes %s ms as %s', (ms, text) => {
    expect(businessHours(ms)).toBe(text);
  });
});
