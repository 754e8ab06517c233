import { createHash } from 'node:crypto';
import { decide } from '../../intake/decide';
import type { ActDecision } from '../../intake/decision';
import type { MailMessage } from '../../mail/message';
import { parseMail } from '../../mail/parse-mail';
import type { Lease } from '../../ports/work-log';
import type { Attempt, IngestPorts } from '../deps';
import { historyWritten } from '../exactly-once/attempt-history';
import { forOneAttempt } from '../exactly-once/attempt-tickets';
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

/**
 * Where the message goes, found now: begin() records it with the lease of a new unit of work, so a
 * retry goes on with the first attempt's route (recorded(ROUTE) after begin).
 */
function routeNow(ports: IngestPorts, mail: MailMessage, thread: ActDecision['thread']): Promise<Route> {
  const sender = mail.from?.address ?? '';
  return routeMessage(thread, ports, ports.desk.operatorAddresses.includes(sender));
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
  const found = await routeNow(ports, mail, decision.thread);
  // One unit of work per message: a redelivery of one SES event is the same raw message, so the same
  // key; the SES id stands in only for a message that names no sender or Message-ID.
  const key = messageKey(mail) ?? `ses#${input.sesMessageId}`;
  const done = await ports.work.begin(key, lease, { [ROUTE.name]: JSON.stringify(found) });
  if (done === null) return DUPLICATE;
  held.push(key);
  // Work begun before routes were recorded with the lease records it now.
  const route = recorded(key, done, ROUTE) ?? (await recordStep(ports.work, key, ROUTE, found));
  const ctx: IngestContext = { ports, attempt, settings, key, done, input, mail, raw, decision };
  if (route.kind === 'operator') return applyOperatorEmail(ctx, route.ticket);
  return route.kind === 'reply' ? applyReply(ctx, route.ticket) : createTicket(ctx, route.note);
}

/**
 * Ingests one received message, exactly once in effect however often it is delivered: work is
 * keyed on the message's own sender and Message-ID (the SES messageId without one), run under a lease, and each
 * step's result recorded, so a redelivery after a failure resumes where the last attempt stopped
 * and a duplicate does nothing. Throws on failure (after giving its leases up) so the caller's
 * retry mechanism redelivers; WorkInProgressError while another attempt is at it.
 */
export async function ingestEmail(
  input: IngestInput,
  portsIn: IngestPorts,
  attempt: Attempt,
  settings: IngestSettings,
): Promise<IngestResult> {
  const ports = forOneAttempt(portsIn);
  const lease = leaseFor(attempt, settings);
  const held: string[] = [];
  try {
    const result = await historyWritten(ports, () => run(input, ports, attempt, settings, held, lease));
    for (const key of [...held].reverse()) await ports.work.finish(key, lease);
    return result;
  } catch (error) {
    await Promise.allSettled(held.map((key) => ports.work.release(key, lease)));
    throw error;
  }
}
