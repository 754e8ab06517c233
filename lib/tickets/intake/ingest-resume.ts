import { calendarOf } from '../../intake/sla-plan';
import { scheduleStep, unscheduleKinds } from '../exactly-once/effects';
import { existingTicket } from '../exactly-once/update-ticket';
import type { Ticket } from '../model/ticket';
import { reminderRound } from '../steps/reopen';
import type { ResumedChange } from '../steps/resume';
import { factsOf, type IngestContext, type IngestResult, scopeOf } from './ingest-context';
import { tellOperators } from './notify-operators';

/**
 * What follows the customer's answer to a clarification request: the reminders of the moved
 * deadlines under the names of the pause that ended (never an earlier schedule's), then the
 * customer's nudge of that pause dropped. Each step is skipped or repeated harmlessly by a retry.
 */
export async function followResume(
  ctx: IngestContext,
  resumed: Ticket,
  change: ResumedChange,
): Promise<IngestResult> {
  const { ports } = ctx;
  const number = resumed.number;
  const zone = calendarOf(ports.desk, resumed.calendarId).timeZone;
  const schedulesCreated = await scheduleStep(
    ports,
    scopeOf(ctx),
    number,
    change.reminders,
    zone,
    reminderRound(resumed),
    change.pause,
  );
  const after = await unscheduleKinds(
    ports,
    await existingTicket(ports.tickets, number),
    ['awaiting-customer'],
    ctx.key,
  );
  const operatorsTold = await tellOperators(ctx, after, 'answered');
  return {
    outcome: 'reply',
    ticket: number,
    ...factsOf(after),
    change: 'resumed',
    effects: { acknowledged: false, throttled: false, schedulesCreated, operatorsTold },
  };
}
