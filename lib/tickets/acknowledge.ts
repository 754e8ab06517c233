import { composeAcknowledgement } from '../compose/acknowledgement';
import type { ActDecision } from '../intake/decision';
import { sendAndLog } from './effects';
import { type IngestContext, mailStepOf } from './ingest-context';

/** Whether the acknowledgement went out in this attempt, or was held back by the throttle. */
export interface AckOutcome {
  readonly sent: boolean;
  readonly throttled: boolean;
}

/** Start of the throttle window `at` falls in (fixed windows: cheap, and the same on every retry). */
function windowStart(at: number, perMinutes: number): number {
  const width = perMinutes * 60_000;
  return Math.floor(at / width) * width;
}

/**
 * Sends the acknowledgement `decision` describes as step `step` of the ingestion: once, unless
 * the customer's address already got the desk's limit of acknowledgements in this window.
 */
export async function acknowledge(
  ctx: IngestContext,
  ticket: string,
  decision: ActDecision,
  step: string,
): Promise<AckOutcome> {
  const { desk, throttle } = ctx.ports;
  const email = composeAcknowledgement({ desk, decision, ticketNumber: ticket });
  if (!email || email.to.length === 0) return { sent: false, throttled: false };
  if (ctx.done[step] === undefined) {
    const admitted = await throttle.admit({
      sender: email.to[0] ?? '',
      windowStart: windowStart(ctx.input.receivedAt, desk.ackThrottle.perMinutes),
      key: `${ctx.key}#${step}`,
      limit: desk.ackThrottle.count,
      expiresAt: ctx.input.receivedAt + 2 * desk.ackThrottle.perMinutes * 60_000,
    });
    if (!admitted) return { sent: false, throttled: true };
  }
  const outcome = await sendAndLog(ctx.ports, mailStepOf(ctx, step), ticket, {
    email,
    kind: 'acknowledgement',
    at: ctx.attempt.now,
  });
  return { sent: outcome.sentNow, throttled: false };
}
