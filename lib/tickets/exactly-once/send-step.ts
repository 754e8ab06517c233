import { type OutgoingEmail, renderMime } from '../../compose/outgoing-email';
import type { Instant } from '../../domain/vocabulary';
import type { MailSender, OutgoingMail } from '../../ports/mail-sender';
import type { StepResults, WorkLog } from '../../ports/work-log';
import { TicketError } from '../errors';

/** What a send step leaves behind: the ids replies may point at, and whether this attempt sent it. */
export interface SendOutcome {
  readonly threadIds: readonly string[];
  readonly sentNow: boolean;
}

/** The composed email as the mail port takes it: raw MIME bytes and its own Message-ID. */
export async function toOutgoingMail(email: OutgoingEmail, now: Instant): Promise<OutgoingMail> {
  const messageId = (email.headers['Message-ID'] ?? '').replace(/^<|>$/g, '');
  return { from: email.from, to: email.to, raw: await renderMime(email, now), messageId };
}

/**
 * Sends an email as one recorded step of a unit of work: skipped when a previous attempt
 * recorded it. SES has no idempotency key, so the record is written right after the send and
 * retried here: once SES has accepted an email, losing the record would mean sending it twice.
 */
export async function sendStep(
  ports: { readonly work: WorkLog; readonly mail: MailSender },
  key: string,
  step: string,
  done: StepResults,
  build: () => Promise<OutgoingMail>,
): Promise<SendOutcome> {
  const recorded = done[step];
  if (recorded !== undefined) return { threadIds: JSON.parse(recorded) as string[], sentNow: false };
  const sent = await ports.mail.send(await build());
  await recordSurely(ports.work, key, step, JSON.stringify(sent.threadIds));
  return { threadIds: sent.threadIds, sentNow: true };
}

const RECORD_ATTEMPTS = 4;

/** Records a step, trying again on a transient failure (the effect it records has already happened). */
export async function recordSurely(
  work: WorkLog,
  key: string,
  step: string,
  result: string,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work.record(key, step, result);
    } catch (error) {
      const retryable = error instanceof TicketError && error.retryable;
      if (!retryable || attempt >= RECORD_ATTEMPTS) throw error;
    }
  }
}
