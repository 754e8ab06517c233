import type { Ticket } from '../model/ticket';
import { rescheduleReopened } from '../steps/reopen';
import { factsOf, type IngestContext, type IngestResult } from './ingest-context';
import { tellOperators } from './notify-operators';

/**
 * What follows a customer's reply that reopened a resolved ticket: the reminders of the new round
 * (fresh resolution clock from the reply) replace whatever was pending, then the operators are told
 * once. Each step is skipped or repeated harmlessly by a retry.
 */
export async function followReopening(ctx: IngestContext, reopened: Ticket): Promise<IngestResult> {
  const { ticket, created } = await rescheduleReopened(ctx.ports, reopened, ctx.key, ctx.attempt.now);
  // The step keeps the name it had before notices took the common form: a retry across the upgrade sends nothing twice.
  const operatorsTold = await tellOperators(ctx, ticket, 'reopened', 'reopen-notice');
  return {
    outcome: 'reply',
    ticket: ticket.number,
    ...factsOf(ticket),
    change: 'reopened',
    effects: { acknowledged: false, throttled: false, schedulesCreated: created, operatorsTold },
  };
}
