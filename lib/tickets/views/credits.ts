import type { CustomerEntry, Desk } from '../../desk/desk';
import type { CreditLedger } from '../../ports/credit-ledger';
import type { Ticket } from '../model/ticket';

/** One contract's credits (policy C): the desk file's allowance, what the ledger counts used, what is left. */
export interface CustomerCredits {
  /** The customer entry's `match` (address or domain): the ledger's key. */
  readonly customer: string;
  readonly name: string | null;
  readonly allowance: number;
  readonly used: number;
  readonly remaining: number;
}

async function creditsOf(
  ledger: CreditLedger,
  entry: CustomerEntry,
  allowance: number,
): Promise<CustomerCredits> {
  const used = await ledger.used(entry.match);
  return {
    customer: entry.match,
    name: entry.name,
    allowance,
    used,
    remaining: Math.max(0, allowance - used),
  };
}

/** Every contract customer of the desk that has a credit allowance, in the desk file's order, with what remains. */
export async function remainingCredits(desk: Desk, ledger: CreditLedger): Promise<CustomerCredits[]> {
  const counted = desk.customers.filter((c) => c.contract && c.credits !== null);
  return Promise.all(counted.map((c) => creditsOf(ledger, c, c.credits ?? 0)));
}

/** The credits of the ticket's customer as they stand now, or null when its terms count none. */
export async function ticketCredits(
  desk: Desk,
  ledger: CreditLedger,
  ticket: Ticket,
): Promise<CustomerCredits | null> {
  const entry = desk.customers.find((c) => c.match === ticket.terms.match);
  if (!entry?.contract || entry.credits === null) return null;
  return creditsOf(ledger, entry, entry.credits);
}
