import type { BillableLine } from './billable';
import type { PenaltyLine } from './penalty';

/** One customer's standing against its tier's penalty clause (policy C) in one period. */
export interface PenaltyJson {
  /** The customer entry's `match`. */
  readonly customer: string;
  readonly name: string | null;
  readonly tier: string;
  readonly tickets: number;
  readonly compliant: number;
  readonly missed: number;
  readonly pending: number;
  readonly complianceRatio: number | null;
  readonly onTimeTarget: number;
  readonly targetMet: boolean | null;
  readonly contractValue: number;
  /** Share of the value owed when the target is missed. */
  readonly penalty: number;
  readonly currency: string;
  /** contractValue x penalty when the target is missed, 0 when met, null while no ticket is decided. */
  readonly penaltyOwed: number | null;
  /** Some ticket still has a deadline ahead: the figure can change. */
  readonly provisional: boolean;
}

/** One customer's billable tickets of a period (policy B). */
export interface BillableJson {
  readonly customer: string;
  readonly name: string | null;
  readonly count: number;
  readonly tickets: readonly string[];
}

/** A penalty line as `--json` writes it. */
export function penaltyJson(line: PenaltyLine): PenaltyJson {
  const { row, contract } = line;
  return {
    customer: line.customer,
    name: line.name,
    tier: contract.tier,
    tickets: row.tickets,
    compliant: row.compliant,
    missed: row.missed,
    pending: row.pending,
    complianceRatio: row.ratio,
    onTimeTarget: contract.clause.onTimeTarget,
    targetMet: row.targetMet,
    contractValue: contract.value,
    penalty: contract.clause.penalty,
    currency: contract.clause.currency,
    penaltyOwed: line.owed,
    provisional: line.provisional,
  };
}

/** A billable line as `--json` writes it: its count beside its numbers. */
export const billableJson = (line: BillableLine): BillableJson => ({
  customer: line.customer,
  name: line.name,
  count: line.tickets.length,
  tickets: line.tickets,
});
