import { beforeAll, describe, expect, it } from 'vitest';
import type { Desk } from '../../../lib/desk';
import { type SlaReport, slaReport } from '../../../lib/reports/report';
import { reportJson } from '../../../lib/reports/report-json';
import { reportTable } from '../../../lib/reports/report-table';
import type { TargetTally } from '../../../lib/reports/tally';
import type { Ticket } from '../../../lib/tickets/model/ticket';
import { escalated, exampleDesk, meeting, received, romeNov } from './policy-tickets';

// The report judges every named target of the example desks of policies C and E, whose targets
// are not (only) the contract's takeCharge and resolution, on tickets the intake made.

/** Each target of a line as [name, promised, met, late, open past due, pending, not applicable]. */
const counts = (targets: readonly TargetTally[]) =>
  targets.map((t) => [t.name, t.promised, t.met, t.late, t.openPastDeadline, t.pending, t.notApplicable]);

const report = (tickets: readonly Ticket[], desk: Desk, at: string, by: SlaReport['by'] = ['priority']) =>
  slaReport(tickets, desk, { at: romeNov(at), from: null, to: null, period: 'month', target: 0.9, by });

describe('report on policy C (itil.json): TPC and TI judged one by one, on time only with both met', () => {
  const p1 = {
    from: 'it@acme.example.net',
    body: 'Impatto: alto\nUrgenza: alta\nIl modulo ordini restituisce un errore a tutti.',
  };
  const p3 = {
    from: 'it@acme.example.net',
    body: 'Impatto: medio\nUrgenza: media\nUn report mensile mostra una colonna vuota.',
  };
  // Priced as policy C prices it: 90 % of tickets on time, else 10 % of 5000 EUR.
  const desk = exampleDesk('itil', (file) => {
    const tiers = file.tiers as { contract: Record<string, unknown> };
    tiers.contract.contract = { penalty: 0.1, value: 5000 };
  });
  let tickets: Ticket[] = [];

  beforeAll(async () => {
    // Monday 23 November 2026, 10:00. P1: TPC 1 h (11:00), TI 4 h (14:00). P3: TPC 4 h, TI 16 h (Tue 16:00).
    const both = await received(desk, '2026-000001', p1, '2026-11-23T10:00');
    const lateStart = await received(desk, '2026-000002', p1, '2026-11-23T10:00');
    const lateTake = await received(desk, '2026-000003', p1, '2026-11-23T10:00');
    const ahead = await received(desk, '2026-000004', p3, '2026-11-23T10:00');
    tickets = [
      meeting(desk, meeting(desk, both, ['take-charge'], '2026-11-23T10:30'), ['start'], '2026-11-23T13:00'),
      meeting(
        desk,
        meeting(desk, lateStart, ['take-charge'], '2026-11-23T10:45'),
        ['start'],
        '2026-11-23T15:00',
      ),
      meeting(desk, lateTake, ['take-charge'], '2026-11-23T12:00'),
      meeting(desk, ahead, ['take-charge'], '2026-11-23T11:00'),
    ];
  });

  it('counts the TI (intervention) beside the TPC (takeCharge), both promised', () => {
    const [period] = report(tickets, desk, '2026-11-24T10:00').periods;
    expect(tickets.map((t) => t.priority)).toEqual(['P1', 'P1', 'P1', 'P3']);
    expect(counts(period?.overall.targets ?? [])).toEqual([
      ['takeCharge', true, 3, 1, 0, 0, 0],
      ['intervention', true, 1, 1, 1, 1, 0],
    ]);
    // The contract's two deadlines keep their figures: the TPC is the take charge, no resolution.
    expect(period?.overall.takeCharge).toEqual({ met: 3, late: 1, openPastDeadline: 0, pending: 0 });
    expect(period?.overall.resolution).toEqual({ met: 0, late: 0, openPastDeadline: 0, pending: 0 });
  });

  it('counts a ticket on time only when its TPC and its TI were both met', () => {
    const [period] = report(tickets, desk, '2026-11-24T10:00').periods;
    // 1: both met; 2: TI started late; 3: TPC late, TI past due; 4: TI still ahead.
    expect(period?.overall).toMatchObject({ tickets: 4, compliant: 1, missed: 2, pending: 1 });
    expect(
      period?.penalties.map((l) => [l.customer, l.row.compliant, l.row.missed, l.owed, l.provisional]),
    ).toEqual([['acme.example.net', 1, 2, 500, true]]);
  });

  it('writes the targets per period and group in the table and the JSON', () => {
    const judged = report(tickets, desk, '2026-11-24T10:00');
    const lines = reportTable(judged);
    const start = lines.findIndex((l) => l.startsWith('Targets'));
    expect(lines.slice(start + 2, start + 4).map((l) => l.split(/\s{2,}/).slice(0, 8))).toEqual([
      ['2026-11', 'all', 'takeCharge *', '3', '1', '0', '0', '0'],
      ['', 'intervention *', '1', '1', '1', '1', '0', '4h 00m'],
    ]);
    const p3 = lines.findIndex((l) => /^\s+priority: P3\s/.test(l));
    expect(
      lines.slice(p3, p3 + 2).map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 7),
      ),
    ).toEqual([
      ['priority: P3', 'takeCharge *', '1', '0', '0', '0', '0'],
      ['intervention *', '0', '0', '0', '1', '0', '-'],
    ]);
    const p1 = reportJson(judged).periods[0]?.byPriority.P1.targets.find((t) => t.name === 'intervention');
    expect(p1).toEqual({
      name: 'intervention',
      promised: true,
      met: 1,
      late: 1,
      openPastDeadline: 1,
      pending: 0,
      notApplicable: 0,
      // Started after 3 and 5 business hours.
      businessMinutes: { count: 2, median: 240, p90: 300 },
    });
  });
});

describe('report on policy E (two-regions.json): each level judged, no ticket taken for best effort', () => {
  const desk = exampleDesk('two-regions');
  const body = 'Customer number: C-1042. Since this morning the export page gives a blank screen in Chrome.';
  let tickets: Ticket[] = [];

  beforeAll(async () => {
    // Monday 23 November 2026, 10:00 in Rome: first level due 14:00 (Europe 08-17).
    const milan = { from: 'ugo@milano.example.net', body, screenshot: true };
    const toDevelopers = await received(desk, '2026-000001', milan, '2026-11-23T10:00');
    const toLegal = await received(desk, '2026-000002', milan, '2026-11-23T10:00');
    // 03:00 in Chicago: its clock starts at 09:00 there (16:00 in Rome), first level due 13:00 (20:00 in Rome).
    const chicago = await received(
      desk,
      '2026-000003',
      { from: 'al@chicago.example.net', body, screenshot: true },
      '2026-11-23T10:00',
    );
    const answered = meeting(desk, toDevelopers, ['first-answer'], '2026-11-23T11:00');
    // Second level: 8 business hours from 15:00, due Tuesday 14:00; answered Tuesday 09:00.
    const second = escalated(desk, answered, 'developers', '2026-11-23T15:00');
    const lateFirst = meeting(desk, toLegal, ['first-answer'], '2026-11-23T15:00');
    tickets = [
      meeting(desk, second, ['first-answer'], '2026-11-24T09:00'),
      escalated(desk, lateFirst, 'legal', '2026-11-23T16:00'),
      chicago,
    ];
  });

  it("judges the first level, the second level (the developers' target) and legal, not-applicable where never escalated", () => {
    const [period] = report(tickets, desk, '2026-11-24T10:00').periods;
    expect(period?.excluded).toEqual([]);
    expect(counts(period?.overall.targets ?? [])).toEqual([
      ['firstLevel', true, 1, 1, 1, 0, 0],
      ['secondLevel', true, 1, 0, 0, 0, 2],
      ['secondLevelNetwork', true, 0, 0, 0, 0, 3],
      ['legal', true, 0, 0, 0, 1, 2],
    ]);
    // Neither of the contract's two deadlines exists on E's desk.
    expect(period?.overall.takeCharge).toEqual({ met: 0, late: 0, openPastDeadline: 0, pending: 0 });
    expect(period?.overall).toMatchObject({ tickets: 3, compliant: 1, missed: 2, pending: 0 });
  });

  it('groups a ticket never escalated under the intake team, and by region', () => {
    const [period] = report(tickets, desk, '2026-11-24T10:00', ['team', 'calendar']).periods;
    const rows = period?.groups.map((s) => s.rows.map((g) => [g.key, g.row.tickets, g.row.compliant]));
    expect(rows).toEqual([
      [
        ['developers', 1, 1],
        ['first-level', 1, 0],
        ['legal', 1, 0],
      ],
      [
        ['america', 1, 0],
        ['europe', 2, 1],
      ],
    ]);
  });
});
