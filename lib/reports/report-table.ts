import { formatInZone } from '../calendar';
import { billableTable, creditsTable, penaltyTable } from './customer-tables';
import type { PeriodReport, SlaReport } from './report';
import { aligned, groupLabel, percent, share } from './table-cells';
import type { ReportRow, StepTally } from './tally';
import { targetTable } from './target-table';
import { businessHours } from './time-cells';

const HEADER = [
  'period',
  'group',
  'tickets',
  'take charge met/late/open',
  'resolution met/late/open',
  'tickets met/missed/pending',
  'compliance',
  'target',
  'time to take charge: median',
  'p90',
  'time to resolve: median',
  'p90',
];
/** Columns of counts and times read best right-aligned. */
const RIGHT = [false, false, true, false, false, false, true, false, true, true, true, true];

export { businessHours };

const triplet = (t: StepTally) => `${t.met}/${t.late}/${t.openPastDeadline}`;
const verdict = (row: ReportRow) => (row.targetMet === null ? '-' : row.targetMet ? 'met' : 'MISSED');

function cells(label: string, group: string, row: ReportRow): string[] {
  return [
    label,
    group,
    String(row.tickets),
    triplet(row.takeCharge),
    triplet(row.resolution),
    `${row.compliant}/${row.missed}/${row.pending}`,
    percent(row.ratio),
    verdict(row),
    businessHours(row.takeChargeTime.median),
    businessHours(row.takeChargeTime.p90),
    businessHours(row.resolutionTime.median),
    businessHours(row.resolutionTime.p90),
  ];
}

function periodRows(p: PeriodReport): string[][] {
  const groups = p.groups.flatMap((section) =>
    section.rows
      .filter((group) => group.row.tickets > 0)
      .map((group) => cells('', groupLabel(section.dimension, group), group.row)),
  );
  return [cells(p.period.label, 'all', p.overall), ...groups];
}

function excludedLines(report: SlaReport): string[] {
  const rows = report.periods.flatMap((p) =>
    p.excluded.map((t) => [
      p.period.label,
      t.number,
      t.priority,
      t.status,
      t.reason === 'best-effort' ? 'best effort (no deadlines)' : 'clock not started (information missing)',
      `received ${formatInZone(report.calendar, t.receivedAt)}`,
    ]),
  );
  if (rows.length === 0) return [];
  return ['', 'Not in the ratios:', ...aligned(rows, [])];
}

/**
 * The report for people: a heading, one line per period and one per group with tickets, then each
 * named target, the tickets left out, the customers' penalty clauses, the billable tickets and the
 * remaining credits (when there are any).
 */
export function reportTable(report: SlaReport): string[] {
  const iso = (at: number) => formatInZone(report.calendar, at);
  return [
    `SLA compliance by ${report.kind} (${report.calendar.timeZone}), target ${share(report.target)} of tickets, as of ${iso(report.at)}`,
    `Tickets received from ${iso(report.from)} to ${iso(report.to)}.`,
    '',
    ...aligned([HEADER, ...report.periods.flatMap(periodRows)], RIGHT),
    '',
    'open = not done and past its deadline (late as of the report); pending = deadline not reached yet.',
    'Compliance = tickets with every promised target met / tickets decided (met or missed).',
    'Times are business time, net of the pauses while a ticket waited for the customer.',
    ...targetTable(report),
    ...excludedLines(report),
    ...penaltyTable(report),
    ...billableTable(report),
    ...creditsTable(report),
  ];
}
