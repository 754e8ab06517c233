import type { GroupDimension } from './dimensions';
import type { GroupRow } from './groups';
import { printable } from './printable';
import type { PeriodReport, SlaReport } from './report';
import { aligned, groupLabel } from './table-cells';
import type { ReportRow, TargetTally } from './tally';
import { businessHours } from './time-cells';

const HEADER = [
  'period',
  'group',
  'target',
  'met',
  'late',
  'open',
  'pending',
  'n/a',
  'time to meet: median',
  'p90',
];
const RIGHT = [false, false, false, true, true, true, true, true, true, true];

/** Tickets of the line that carry the target: the others do not make it apply. */
const applicable = (t: TargetTally) => t.met + t.late + t.openPastDeadline + t.pending;

function targetCells(period: string, group: string, t: TargetTally): string[] {
  return [
    period,
    group,
    `${printable(t.name)}${t.promised ? ' *' : ''}`,
    String(t.met),
    String(t.late),
    String(t.openPastDeadline),
    String(t.pending),
    String(t.notApplicable),
    businessHours(t.time.median),
    businessHours(t.time.p90),
  ];
}

/** A group as the main table names it, a priority with its dimension too (`priority: P1`): these lines are per target. */
const sectionLabel = (dimension: GroupDimension, group: GroupRow) =>
  dimension === 'priority' ? `priority: ${group.key ?? ''}` : groupLabel(dimension, group);

// The period's overall line lists every target (the first with the period's label); a group's
// only the targets some of its tickets carry, and only groups with tickets.
function lineRows(period: string, group: string, row: ReportRow, all: boolean): string[][] {
  const shown = all ? row.targets : row.targets.filter((t) => applicable(t) > 0);
  return shown.map((t, i) => targetCells(i === 0 ? period : '', i === 0 ? group : '', t));
}

function periodRows(p: PeriodReport): string[][] {
  const groups = p.groups.flatMap((section) =>
    section.rows
      .filter((group) => group.row.tickets > 0)
      .flatMap((group) => lineRows('', sectionLabel(section.dimension, group), group.row, false)),
  );
  return [...lineRows(p.period.label, 'all', p.overall, true), ...groups];
}

/**
 * Every named target of the desk per period and group (policy C's TPC and TI, policy E's levels):
 * how many tickets met it, missed it, are past it, are before it, or do not carry it.
 */
export function targetTable(report: SlaReport): string[] {
  const rows = report.periods.flatMap(periodRows);
  if (rows.length === 0) return [];
  return [
    '',
    'Targets (each named target of the tickets; * = promised to the customer):',
    ...aligned([HEADER, ...rows], RIGHT),
    'n/a = tickets that do not carry the target (its condition or priority gives none, never escalated to its team).',
    'Compliance counts every promised target of a ticket.',
  ];
}
