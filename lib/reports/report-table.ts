import { formatInZone } from '../calendar';
import { PRIORITIES } from '../domain/vocabulary';
import type { PeriodReport, SlaReport } from './report';
import type { ReportRow, StepTally } from './tally';

const HEADER = [
  'period',
  'priority',
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

/** Business time as hours and minutes ("1h 05m", "45m"): business hours, not clock hours. */
export function businessHours(ms: number | null): string {
  if (ms === null) return '-';
  const total = Math.round(ms / 60_000);
  const [h, m] = [Math.floor(total / 60), total % 60];
  return h === 0 ? `${m}m` : `${h}h ${String(m).padStart(2, '0')}m`;
}

const triplet = (t: StepTally) => `${t.met}/${t.late}/${t.openPastDeadline}`;
const percent = (ratio: number | null) => (ratio === null ? '-' : `${(ratio * 100).toFixed(1)} %`);
const verdict = (row: ReportRow) => (row.targetMet === null ? '-' : row.targetMet ? 'met' : 'MISSED');

function cells(label: string, priority: string, row: ReportRow): string[] {
  return [
    label,
    priority,
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
  const withTickets = PRIORITIES.filter((prio) => p.byPriority[prio].tickets > 0);
  return [
    cells(p.period.label, 'all', p.overall),
    ...withTickets.map((prio) => cells('', prio, p.byPriority[prio])),
  ];
}

function aligned(rows: readonly string[][]): string[] {
  const widths = HEADER.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (RIGHT[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
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
  return ['', 'Not in the ratios:', ...aligned(rows)];
}

/** The report for people: a heading, one line per period and priority, then the tickets left out. */
export function reportTable(report: SlaReport): string[] {
  const iso = (at: number) => formatInZone(report.calendar, at);
  const target = `${Number((report.target * 100).toFixed(1))} %`;
  return [
    `SLA compliance by ${report.kind} (${report.calendar.timeZone}), target ${target} of tickets, as of ${iso(report.at)}`,
    `Tickets received from ${iso(report.from)} to ${iso(report.to)}.`,
    '',
    ...aligned([HEADER, ...report.periods.flatMap(periodRows)]),
    '',
    'open = not done and past its deadline (late as of the report); pending = deadline not reached yet.',
    'Compliance = tickets with every time met / tickets decided (met or missed).',
    'Times are business time, net of the pauses while a ticket waited for the customer.',
    ...excludedLines(report),
  ];
}
