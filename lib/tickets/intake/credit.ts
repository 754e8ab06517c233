import type { Desk } from '../../desk/desk';
import type { ActDecision } from '../../intake/decision';
import type { CreditUse } from '../../ports/credit-ledger';
import { CREDIT } from '../exactly-once/recorded-steps';
import { recorded, recordStep } from '../exactly-once/step-log';
import type { IngestContext } from './ingest-context';

/**
 * The credit a new ticket consumes (policy C), as the first attempt that got this far recorded it:
 * a retry reuses it and the ledger counts a ticket once anyway. Null when the customer's terms
 * count no credits (no contract, no allowance, an unverified or unknown sender).
 */
export async function creditOf(
  ctx: IngestContext,
  number: string,
  decision: ActDecision,
): Promise<CreditUse | null> {
  const { terms } = decision.ticket;
  if (!terms.contract || terms.credits === null || terms.match === null) return null;
  const earlier = recorded(ctx.key, ctx.done, CREDIT);
  if (earlier !== undefined) return earlier;
  const use = await ctx.ports.credits.consume(terms.match, number, terms.credits);
  return recordStep(ctx.ports.work, ctx.key, CREDIT, { consumed: use.consumed, used: use.used });
}

/**
 * The decision once the ticket's credit is known: the terms carry the credits left after it and,
 * when none was left for it where the desk requires credits, the request is best effort: no
 * deadlines, no SLA reminders (the customer's nudge for missing fields stays).
 */
export function withCredit(desk: Desk, decision: ActDecision, use: CreditUse | null): ActDecision {
  if (use === null) return decision;
  const { terms } = decision.ticket;
  const left = Math.max(0, (terms.credits ?? 0) - use.used);
  const bestEffort = decision.ticket.bestEffort || (!use.consumed && desk.creditsRequired);
  const ticket = { ...decision.ticket, terms: { ...terms, credits: left }, bestEffort };
  if (!bestEffort) return { ...decision, ticket };
  const reminders = decision.plan.reminders.filter((r) => r.kind === 'awaiting-info');
  return { ...decision, ticket, plan: { deadlines: { takeCharge: null, resolution: null }, reminders } };
}
