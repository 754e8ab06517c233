import type { NoticeEvent } from '../../compose/notice-wording';
import { composeOperatorNotice, isUrgentNotice, type NoticeFacts } from '../../compose/operator-notice';
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

/**
 * Tells the operators about `event` on `ticket`, as step `step` of the ingestion: sent once
 * whatever the retries, logged beside the ticket so their answer finds it. True when it went out
 * in this attempt.
 */
export async function tellOperators(
  ctx: IngestContext,
  ticket: Ticket,
  event: NoticeEvent,
  step = 'notice',
): Promise<boolean> {
  const desk = ctx.ports.desk;
  const to = noticeRecipients(desk, ticket, isUrgentNotice(ticket, event));
  const email = composeOperatorNotice(desk, ticket, { ...noticeFacts(ctx, event), to });
  if (email.to.length === 0) return false;
  const outcome = await sendAndLog(ctx.ports, mailStepOf(ctx, step), ticket.number, {
    email,
    kind: 'operator-notice',
    at: ctx.attempt.now,
  });
  return outcome.sentNow;
}
