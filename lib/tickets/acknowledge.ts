import { composeAcknowledgement } from '../compose/acknowledgement';
import type { ActDecision } from '../intake/decision';
import type { AckAttempt } from '../ports/ack-throttle';
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

/** The throttle's attempt for this acknowledgement to `sender`, keyed on its step of the ingestion. */
function ackAttempt(ctx: IngestContext, sender: string, step: string): AckAttempt {
  const { perMinutes, count } = ctx.ports.desk.ackThrottle;
  return {
    sender,
    windowStart: windowStart(ctx.input.receivedAt, perMinutes),
    key: `${ctx.key}#${step}`,
    limit: count,
    expiresAt: ctx.input.receivedAt + 2 * perMinutes * 60_000,
  };
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
  const email = composeAcknowledgement({ desk: ctx.ports.desk, decision, ticketNumber: ticket });
  if (!email || email.to.length === 0) return { sent: false, throttled: false };
  // A step already sent was admitted by the attempt that sent it.
  const admitted =
    ctx.done[step] !== undefined ||
    (await ctx.ports.throttle.admit(ackAttempt(ctx, email.to[0] ?? '', step)));
  if (!admitted) return { sent: false, throttled: true };
  const outcome = await sendAndLog(ctx.ports, mailStepOf(ctx, step), ticket, {
    email,
    kind: 'acknowledgement',
    at: ctx.attempt.now,
  });
  return { sent: outcome.sentNow, throttled: false };
}
