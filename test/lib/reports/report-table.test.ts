import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk/default-desk';
import { slaReport } from '../../../lib/reports/report';
import { businessHours, reportTable } from '../../../lib/reports/report-table';
import { CONTRACT_DESK, CONTRACT_TICKETS } from './contract-tickets';
import { AT, rome, TICKETS } from './tickets';

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

describe('reportTable: groups, penalties and billable tickets', () => {
  const grouped = reportTable(
    slaReport(CONTRACT_TICKETS, CONTRACT_DESK, {
      at: AT,
      from: null,
      to: null,
      period: 'month',
      target: 0.9,
      by: ['team', 'customer', 'calendar'],
    }),
  );
  const cellsOf = (start: RegExp) =>
    grouped
      .find((line) => start.test(line))
      ?.trim()
      .split(/\s{2,}/);

  it('writes a line per group with tickets, named by its dimension, with the columns of every line', () => {
    expect(cellsOf(/^\s+team: second-level/)).toEqual([
      'team: second-level',
      '1',
      '0/1/0',
      '1/0/0',
      '0/1/0',
      '0.0 %',
      'MISSED',
      '2h 00m',
      '2h 00m',
      '4h 30m',
      '4h 30m',
    ]);
    expect(cellsOf(/^\s+team: \(none\)/)?.slice(0, 2)).toEqual(['team: (none)', '5']);
    expect(cellsOf(/^\s+customer: ACME/)?.slice(0, 2)).toEqual(['customer: ACME <acme.example.net>', '2']);
    expect(cellsOf(/^\s+calendar: chicago/)?.slice(0, 2)).toEqual(['calendar: chicago', '1']);
    expect(grouped.filter((line) => /^\s+P\d/.test(line))).toEqual([]);
  });

  it('shows each penalty clause, what is owed under the target and nothing owed over it', () => {
    const start = grouped.indexOf(
      "Penalty clauses (each customer's tickets of the period against its contract's on-time target):",
    );
    expect(grouped.slice(start + 2, start + 4).map((line) => line.split(/\s{2,}/))).toEqual([
      [
        '2026-10',
        'ACME <acme.example.net>',
        'contract',
        '1/1/0',
        '50.0 %',
        '90 %',
        '12000.00 EUR',
        '10 %',
        '1200.00 EUR',
      ],
      [
        '2026-10',
        'Beta <beta.example.net>',
        'contract',
        '1/0/0',
        '100.0 %',
        '90 %',
        '5000.00 EUR',
        '10 %',
        '0.00 EUR',
      ],
    ]);
  });

  it('marks a figure that can still change', () => {
    const early = reportTable(
      slaReport(CONTRACT_TICKETS, CONTRACT_DESK, {
        at: rome('2026-10-05T10:30'),
        from: null,
        to: null,
        period: 'month',
        target: 0.9,
      }),
    );
    expect(early.find((line) => line.includes('ACME <acme.example.net>'))).toMatch(/ 1200\.00 EUR \*$/);
  });

  it('lists the billable tickets per customer', () => {
    const start = grouped.indexOf('Billable tickets:');
    expect(grouped.slice(start + 1, start + 3).map((line) => line.split(/\s{2,}/))).toEqual([
      ['period', 'customer', 'count', 'tickets'],
      ['2026-10', 'ACME <acme.example.net>', '2', '2026-000101 2026-000102'],
    ]);
  });

  it('prints hostile customer text without a control character, a line break inside a line, or a long cell', () => {
    const hostile = {
      ...CONTRACT_TICKETS[5]!,
      customer: `x\u001b[2J\u202e\r\n${'y'.repeat(500)}@example.net`,
    };
    const lines = reportTable(
      slaReport([hostile], CONTRACT_DESK, {
        at: AT,
        from: null,
        to: null,
        period: 'month',
        target: 0.9,
        by: ['customer'],
      }),
    );
    const text = lines.join('\n');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const line = lines.find((l) => l.includes('customer: x'));
    // The escape's introducer and the override are gone; the rest is inert text (addresses are keyed in lower case).
    expect(line).toContain('customer: x [2j y');
    expect(line?.split(/\s{2,}/)[1]?.length).toBeLessThanOrEqual('customer: '.length + 60);
    expect(lines.find((l) => l.startsWith('2026-10') && l.includes('2026-000106'))).toContain('…');
  });
});

describe('reportTable without penalty clauses or billable tickets', () => {
  it('has neither section', () => {
    expect(lines.some((line) => line.startsWith('Penalty clauses'))).toBe(false);
    expect(lines).not.toContain('Billable tickets:');
  });
});
