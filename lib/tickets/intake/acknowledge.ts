import { composeAcknowledgement } from '../../compose/acknowledgement';
import type { ActDecision } from '../../intake/decision';
import type { AckAttempt } from '../../ports/ack-throttle';
import { sendAndLog } from '../exactly-once/effects';
import { sentMail } from '../exactly-once/recorded-steps';
import { isDone } from '../exactly-once/step-log';
import { type IngestContext, mailStepOf } from './ingest-context';

/** Whether the acknowledgement went out in this attempt, or was held back by the throttle. */
export interface AckOutcome {
  readonly sent: boolean;
  readonly throttled: boolean;
}

/**
 * The throttle's attempt for this acknowledgement to every one of its recipients, keyed on its
 * step of the ingestion and timed at the message's receipt: a retry is the same attempt.
 */
function ackAttempt(ctx: IngestContext, recipients: readonly string[], step: string): AckAttempt {
  const { perMinutes, count } = ctx.ports.desk.ackThrottle;
  return {
    recipients,
    at: ctx.input.receivedAt,
    windowMs: perMinutes * 60_000,
    key: `${ctx.key}#${step}`,
    limit: count,
  };
}

/**
 * Sends the acknowledgement `decision` describes as step `step` of the ingestion: once, unless
 * one of its recipients already got the desk's limit of acknowledgements within the window before it.
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
    isDone(ctx.done, sentMail(step)) || (await ctx.ports.throttle.admit(ackAttempt(ctx, email.to, step)));
  if (!admitted) return { sent: false, throttled: true };
  const outcome = await sendAndLog(ctx.ports, mailStepOf(ctx, step), ticket, {
    email,
    kind: 'acknowledgement',
    at: ctx.attempt.now,
  });
  return { sent: outcome.sentNow, throttled: false };
}
