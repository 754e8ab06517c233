import { type OutgoingEmail, renderMime } from '../../compose/outgoing-email';
import type { Instant } from '../../domain/vocabulary';
import type { MailSender, OutgoingMail } from '../../ports/mail-sender';
import type { StepResults, WorkLog } from '../../ports/work-log';
import { TicketError } from '../errors';
import { sentMail } from './recorded-steps';
import { recorded, recordStep, type StepDef } from './step-log';

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
  const def = sentMail(step);
  const earlier = recorded(key, done, def);
  if (earlier !== undefined) return { threadIds: earlier, sentNow: false };
  const sent = await ports.mail.send(await build());
  await recordSurely(ports.work, key, def, [...sent.threadIds]);
  return { threadIds: sent.threadIds, sentNow: true };
}

const RECORD_ATTEMPTS = 4;

/** Records a step, trying again on a transient failure (the effect it records has already happened). */
export async function recordSurely<T>(work: WorkLog, key: string, def: StepDef<T>, result: T): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await recordStep(work, key, def, result);
    } catch (error) {
      const retryable = error instanceof TicketError && error.retryable;
      if (!retryable || attempt >= RECORD_ATTEMPTS) throw error;
    }
  }
}
