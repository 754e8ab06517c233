import type { NoticeEvent } from '../../compose/notice-wording';
import { composeOperatorNotice, isUrgentNotice, type NoticeFacts } from '../../compose/operator-notice';
import type { OutgoingEmail } from '../../compose/outgoing-email';
import { sendAndLog } from '../exactly-once/effects';
import { noticeRecipients } from '../model/team';
import type { Ticket } from '../model/ticket';
import { type IngestContext, mailStepOf } from './ingest-context';

/** What the notice of `event` says about the message being ingested. */
function noticeFacts(ctx: IngestContext, event: NoticeEvent): Omit<NoticeFacts, 'to'> {
  return {
    event,
    at: ctx.input.receivedAt,
    seed: ctx.key,
    sender: { name: ctx.mail.from?.name || null, verified: ctx.decision.verified },
    words: ctx.mail.ownWords,
    attachments: ctx.mail.attachments,
  };
}

/** The operators' notice of `event` on `ticket`, composed from the ticket as given; null when it has no recipient. */
export function operatorNotice(ctx: IngestContext, ticket: Ticket, event: NoticeEvent): OutgoingEmail | null {
  const desk = ctx.ports.desk;
  const to = noticeRecipients(desk, ticket, isUrgentNotice(ticket, event));
  const email = composeOperatorNotice(desk, ticket, { ...noticeFacts(ctx, event), to });
  return email.to.length === 0 ? null : email;
}

/** Sends an operators' notice on the ticket as step `step` of the ingestion, once; true when it went out now. */
export async function sendNotice(
  ctx: IngestContext,
  ticket: string,
  email: OutgoingEmail | null,
  step = 'notice',
): Promise<boolean> {
  if (email === null) return false;
  const outcome = await sendAndLog(ctx.ports, mailStepOf(ctx, step), ticket, {
    email,
    kind: 'operator-notice',
    at: ctx.attempt.now,
  });
  return outcome.sentNow;
}

/**
 * Tells the operators about `event` on `ticket`, as step `step` of the ingestion: sent once
 * whatever the retries, logged beside the ticket so their answer finds it. True when it went out
 * in this attempt.
 */
export function tellOperators(
  ctx: IngestContext,
  ticket: Ticket,
  event: NoticeEvent,
  step = 'notice',
): Promise<boolean> {
  return sendNotice(ctx, ticket.number, operatorNotice(ctx, ticket, event), step);
}
