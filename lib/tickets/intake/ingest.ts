import { createHash } from 'node:crypto';
import { decide } from '../../intake/decide';
import type { MailMessage } from '../../mail/message';
import { parseMail } from '../../mail/parse-mail';
import type { Lease, StepResults, WorkLog } from '../../ports/work-log';
import type { Attempt, IngestPorts } from '../deps';
import { leaseFor } from '../exactly-once/lease';
import { ROUTE } from '../exactly-once/recorded-steps';
import { recorded, recordStep } from '../exactly-once/step-log';
import { applyOperatorEmail } from '../operator-mail/apply';
import { headerSection } from './header-only';
import type { IngestContext, IngestInput, IngestResult, IngestSettings } from './ingest-context';
import { createTicket } from './ingest-create';
import { applyReply } from './ingest-reply';
import { type Route, routeMessage } from './route';

export type { IngestEffects, IngestInput, IngestResult, IngestSettings } from './ingest-context';

const DUPLICATE: IngestResult = { outcome: 'duplicate' };

/** Work key of a message by its own identity: the same Message-ID from the same sender is one message. */
function messageKey(mail: MailMessage): string | null {
  if (!mail.messageId || !mail.from) return null;
  const digest = createHash('sha256').update(`${mail.from.address}\n${mail.messageId}`).digest('hex');
  return `msg#${digest}`;
}

/** The route an earlier attempt recorded, else the one found now (recorded, so retries agree). */
async function settledRoute(
  ctx: Omit<IngestContext, 'decision'>,
  thread: IngestContext['decision']['thread'],
): Promise<Route> {
  const sender = ctx.mail.from?.address ?? '';
  const fromOperator = ctx.ports.desk.operatorAddresses.includes(sender);
  return (
    recorded(ctx.key, ctx.done, ROUTE) ??
    recordStep(ctx.ports.work, ctx.key, ROUTE, await routeMessage(thread, ctx.ports, fromOperator))
  );
}

/**
 * The unit of work of the message: under its own identity too (that lease held alongside), else
 * the SES event's alone. Null when the message came in before under another SES id.
 */
async function claimMessage(
  work: WorkLog,
  mail: MailMessage,
  lease: Lease,
  held: string[],
  ses: { key: string; done: StepResults },
): Promise<{ key: string; done: StepResults } | null> {
  const key = messageKey(mail);
  if (!key) return ses;
  const done = await work.begin(key, lease);
  if (done === null) return null;
  held.push(key);
  return { key, done };
}

async function run(
  input: IngestInput,
  ports: IngestPorts,
  attempt: Attempt,
  settings: IngestSettings,
  held: Array<string>,
  lease: Lease,
): Promise<IngestResult> {
  const raw = await ports.raw.read(input.sesMessageId, settings.maxRawBytes);
  const mail = await parseMail(raw.truncated ? headerSection(raw.bytes) : raw.bytes);
  const decision = decide(mail, ports.desk, input.receivedAt, input.verdicts, { headerOnly: raw.truncated });
  // Ignoring has no effect to make once, and the decision depends on the message alone: automatic
  // mail (a flood of out-of-office replies, bounces) costs no database call at all.
  if (decision.outcome === 'ignore') return { outcome: 'ignored', reason: decision.reason };
  const sesKey = `ses#${input.sesMessageId}`;
  const sesDone = await ports.work.begin(sesKey, lease);
  if (sesDone === null) return DUPLICATE;
  held.push(sesKey);
  const unit = await claimMessage(ports.work, mail, lease, held, { key: sesKey, done: sesDone });
  if (unit === null) return DUPLICATE;
  const base = { ports, attempt, settings, key: unit.key, done: unit.done, input, mail, raw };
  const route = await settledRoute(base, decision.thread);
  const ctx: IngestContext = { ...base, decision };
  if (route.kind === 'operator') return applyOperatorEmail(ctx, route.ticket);
  return route.kind === 'reply' ? applyReply(ctx, route.ticket) : createTicket(ctx, route.note);
}

/**
 * Ingests one received message, exactly once in effect however often it is delivered: work is
 * keyed on the SES messageId and on the message's own Message-ID, run under a lease, and each
 * step's result recorded, so a redelivery after a failure resumes where the last attempt stopped
 * and a duplicate does nothing. Throws on failure (after giving its leases up) so the caller's
 * retry mechanism redelivers; WorkInProgressError while another attempt is at it.
 */
export async function ingestEmail(
  input: IngestInput,
  ports: IngestPorts,
  attempt: Attempt,
  settings: IngestSettings,
): Promise<IngestResult> {
  const lease = leaseFor(attempt, settings);
  const held: string[] = [];
  try {
    const result = await run(input, ports, attempt, settings, held, lease);
    for (const key of [...held].reverse()) await ports.work.finish(key, lease);
    return result;
  } catch (error) {
    await Promise.allSettled(held.map((key) => ports.work.release(key, lease)));
    throw error;
  }
}
