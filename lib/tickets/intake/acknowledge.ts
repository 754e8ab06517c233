import { composeAcknowledgement } from '../../compose/acknowledgement';
import type { OutgoingEmail } from '../../compose/outgoing-email';
import type { ActDecision } from '../../intake/decision';
import type { AckAttempt } from '../../ports/ack-throttle';
import { earlierSend, sendAndLog } from '../exactly-once/effects';
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

/** The acknowledgement an ingestion would send, and whether the throttle let it through. */
export interface AckVerdict {
  /** Null when there is nothing to send (no acknowledgement for this sender, no recipient). */
  readonly email: OutgoingEmail | null;
  readonly admitted: boolean;
}

/**
 * The acknowledgement `decision` describes, counted by the throttle as step `step` of the
 * ingestion (a retry is the same attempt and is admitted again, uncounted): known before it is
 * sent, so that the ticket can be stored with the reminders that follow it.
 */
export async function admitAck(
  ctx: IngestContext,
  ticket: string,
  decision: ActDecision,
  step: string,
): Promise<AckVerdict> {
  const email = composeAcknowledgement({ desk: ctx.ports.desk, decision, ticketNumber: ticket });
  if (!email || email.to.length === 0) return { email: null, admitted: false };
  // One an earlier attempt sent was admitted by it, however the window has moved since.
  const admitted =
    (await earlierSend(ctx.ports, mailStepOf(ctx, step), ticket)) !== null ||
    (await ctx.ports.throttle.admit(ackAttempt(ctx, email.to, step)));
  return { email, admitted };
}

/** Sends an admitted acknowledgement as step `step` of the ingestion, once. */
export async function sendAck(
  ctx: IngestContext,
  ticket: string,
  verdict: AckVerdict,
  step: string,
): Promise<AckOutcome> {
  if (verdict.email === null) return { sent: false, throttled: false };
  if (!verdict.admitted) return { sent: false, throttled: true };
  const outcome = await sendAndLog(ctx.ports, mailStepOf(ctx, step), ticket, {
    email: verdict.email,
    kind: 'acknowledgement',
    at: ctx.attempt.now,
  });
  return { sent: outcome.sentNow, throttled: false };
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
  return sendAck(ctx, ticket, await admitAck(ctx, ticket, decision, step), step);
}
