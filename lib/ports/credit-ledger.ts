/** What consuming a customer's credit for one ticket came to. */
export interface CreditUse {
  /** True when this ticket holds one of the customer's credits (now or on an earlier attempt). */
  readonly consumed: boolean;
  /** Credits the customer has used in all, this one included. */
  readonly used: number;
}

/**
 * Port: the assistance credits of customers' contracts (policy C). The desk file states each
 * contract's allowance; the ledger counts what was used, once per ticket.
 */
export interface CreditLedger {
  /**
   * Consumes one of `customer`'s credits for `ticket`, unless `allowance` are used already: at
   * most once per ticket however often it is retried, and never past the allowance however many
   * tickets race for the last credit.
   */
  consume(customer: string, ticket: string, allowance: number): Promise<CreditUse>;
  /** How many credits `customer` has used (0 when none). */
  used(customer: string): Promise<number>;
}
