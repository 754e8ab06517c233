import type { BillableLine } from './billable';
import type { PenaltyLine } from './penalty';
import { printable } from './printable';
import type { SlaReport } from './report';
import { aligned, customerLabel, money, percent, share } from './table-cells';

const PENALTY_HEADER = [
  'period',
  'customer',
  'tier',
  'tickets met/missed/pending',
  'compliance',
  'on-time target',
  'contract value',
  'penalty',
  'owed',
];
const PENALTY_RIGHT = [false, false, false, false, true, true, true, true, true];

function penaltyCells(label: string, line: PenaltyLine): string[] {
  const { row, contract, owed } = line;
  const { currency } = contract.clause;
  return [
    label,
    customerLabel(line.customer, line.name),
    printable(contract.tier),
    `${row.compliant}/${row.missed}/${row.pending}`,
    percent(row.ratio),
    share(contract.clause.onTimeTarget),
    money(contract.value, currency),
    share(contract.clause.penalty),
    owed === null ? '-' : `${money(owed, currency)}${line.provisional ? ' *' : ''}`,
  ];
}

/** The customers' standing against their penalty clauses (policy C), period by period; nothing when none has one. */
export function penaltyTable(report: SlaReport): string[] {
  const rows = report.periods.flatMap((p) => p.penalties.map((line) => penaltyCells(p.period.label, line)));
  if (rows.length === 0) return [];
  return [
    '',
    "Penalty clauses (each customer's tickets of the period against its contract's on-time target):",
    ...aligned([PENALTY_HEADER, ...rows], PENALTY_RIGHT),
    'owed = contract value x penalty when compliance is under the on-time target; * = some deadline still ahead, may change.',
  ];
}

function billableCells(label: string, line: BillableLine): string[] {
  return [
    label,
    customerLabel(line.customer, line.name),
    String(line.tickets.length),
    line.tickets.join(' '),
  ];
}

/** The billable tickets per customer (policy B), period by period; nothing when there are none. */
export function billableTable(report: SlaReport): string[] {
  const rows = report.periods.flatMap((p) => p.billable.map((line) => billableCells(p.period.label, line)));
  if (rows.length === 0) return [];
  const header = ['period', 'customer', 'count', 'tickets'];
  return ['', 'Billable tickets:', ...aligned([header, ...rows], [false, false, true])];
}

/** What is left of each contract's credits (policy C), as the ledger counts now; nothing when the desk counts none. */
export function creditsTable(report: SlaReport): string[] {
  if (report.credits.length === 0) return [];
  const rows = report.credits.map((c) => [
    customerLabel(c.customer, c.name),
    String(c.allowance),
    String(c.used),
    String(c.remaining),
  ]);
  const header = ['customer', 'allowance', 'used', 'remaining'];
  return [
    '',
    'Credits (contract allowance, as the ledger counts now; with none left, tickets are best effort):',
    ...aligned([header, ...rows], [false, true, true, true]),
  ];
}
