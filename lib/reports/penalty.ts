import type { ContractClause, Desk } from '../desk/desk';
import { byNameThenKey, customerOf } from './customer-of';
import { type ReportRow, tally } from './tally';
import { targetCatalogue } from './target-catalogue';
import type { TicketOutcome } from './ticket-outcome';

/** The contract a customer's penalty is figured on: its tier's clause and the value it applies to. */
export interface CustomerContract {
  readonly tier: string;
  readonly clause: ContractClause;
  /** The customer's own contract value, else its tier's. */
  readonly value: number;
}

/** One customer's standing against its penalty clause in one period. */
export interface PenaltyLine {
  readonly customer: string;
  readonly name: string | null;
  readonly contract: CustomerContract;
  /** The customer's tickets of the period, counted as every other line, against the clause's target. */
  readonly row: ReportRow;
  /** value x penalty when the ratio is under the target, 0 when it is not, null while no ticket is decided. */
  readonly owed: number | null;
  /** Some ticket still has a deadline ahead: the ratio, and so what is owed, can still change. */
  readonly provisional: boolean;
}

/**
 * Policy C: times met in at least `onTimeTarget` of the tickets, or a one-off penalty of `penalty`
 * times the contract's value; rounded to cents. Null when no ticket is decided: nothing to judge.
 */
export function penaltyOwed(ratio: number | null, clause: ContractClause, value: number): number | null {
  if (ratio === null) return null;
  return ratio >= clause.onTimeTarget ? 0 : Math.round(value * clause.penalty * 100) / 100;
}

/**
 * The contract of a configured customer with one (today's desk file: its entry, tier clause and
 * values), or null: unknown senders, customers without a contract, tiers without a clause, or no
 * value stated anywhere.
 */
export function contractOf(desk: Desk, customerKey: string): CustomerContract | null {
  const entry = desk.customers.find((c) => c.match === customerKey);
  if (!entry?.contract) return null;
  const clause = desk.tiers.get(entry.tier)?.contract;
  const value = entry.contractValue ?? clause?.value ?? null;
  return clause && value !== null ? { tier: entry.tier, clause, value } : null;
}

/** The period's penalty lines: one per customer with a contract and judged tickets, in customer order. */
export function penaltyLines(judged: readonly TicketOutcome[], desk: Desk): PenaltyLine[] {
  const byCustomer = new Map<string, { name: string | null; outcomes: TicketOutcome[] }>();
  for (const outcome of judged) {
    if (outcome.ticket.terms.match === null) continue;
    const { key, name } = customerOf(outcome.ticket, desk);
    const group = byCustomer.get(key) ?? { name, outcomes: [] };
    group.outcomes.push(outcome);
    byCustomer.set(key, group);
  }
  const lines: PenaltyLine[] = [];
  const ordered = [...byCustomer].sort(([a, x], [b, y]) =>
    byNameThenKey({ key: a, name: x.name }, { key: b, name: y.name }),
  );
  for (const [customer, { name, outcomes }] of ordered) {
    const contract = contractOf(desk, customer);
    if (!contract) continue;
    const row = tally(outcomes, contract.clause.onTimeTarget, targetCatalogue(desk));
    const owed = penaltyOwed(row.ratio, contract.clause, contract.value);
    lines.push({ customer, name, contract, row, owed, provisional: row.pending > 0 });
  }
  return lines;
}
