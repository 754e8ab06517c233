import { composeReopenNotice } from '../compose/lifecycle-notice';
import { sendAndLog } from './effects';
import { factsOf, type IngestContext, type IngestResult, mailStepOf } from './ingest-context';
import { rescheduleReopened } from './reopen';
import type { Ticket } from './ticket';

async function tellOperators(ctx: IngestContext, ticket: Ticket): Promise<boolean> {
  const email = composeReopenNotice(ctx.ports.desk, ticket, ctx.input.receivedAt, ctx.key);
  const outcome = await sendAndLog(ctx.ports, mailStepOf(ctx, 'reopen-notice'), ticket.number, {
    email,
    kind: 'operator-notice',
    at: ctx.attempt.now,
  });
  return outcome.sentNow;
}

/**
 * What follows a customer's reply that reopened a resolved ticket: the reminders of the new round
 * (fresh resolution clock from the reply) replace whatever was pending, then the operators are told
 * once. Each step is skipped or repeated harmlessly by a retry.
 */
export async function followReopening(ctx: IngestContext, reopened: Ticket): Promise<IngestResult> {
  const { ticket, created } = await rescheduleReopened(ctx.ports, reopened, ctx.key, ctx.attempt.now);
  const operatorsTold = await tellOperators(ctx, ticket);
  return {
    outcome: 'reply',
    ticket: ticket.number,
    ...factsOf(ticket),
    change: 'reopened',
    effects: { acknowledged: false, throttled: false, schedulesCreated: created, operatorsTold },
  };
}
