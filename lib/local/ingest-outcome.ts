import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SESEvent } from 'aws-lambda';
import type { Desk } from '../desk';
import { decide } from '../intake';
import { parseMail } from '../mail';
import type { MessageLog } from '../ports/message-log';
import type { TicketStore } from '../ports/ticket-store';
import type { IngestHandler } from './ingest-runner';

/** Where the outcome of a message can be read back after the handler ran. */
export interface OutcomeSources {
  readonly messages: MessageLog;
  readonly tickets: TicketStore;
  readonly desk: Desk;
  readonly rawDir: string;
}

/**
 * Wraps the ingest handler so that the desk can print what became of each message. The
 * Lambda handler returns nothing (SES ignores it), so when it reports nothing the outcome is
 * read back from the store: the ticket the message's Message-ID now belongs to, and whether
 * it belonged to one before. For mail that made no ticket, the reason is the intake's own
 * decision on the stored message.
 */
export function reportingOutcome(handler: IngestHandler, sources: OutcomeSources): IngestHandler {
  return async (event: SESEvent) => {
    const mail = event.Records[0]?.ses.mail;
    const messageId = mail?.commonHeaders.messageId.replace(/^<|>$/g, '').trim() ?? '';
    const before = messageId ? await sources.messages.findTicket([messageId]) : null;
    const result = await handler(event);
    if (result !== undefined || !mail) return result;
    if (before !== null) return { outcome: 'duplicate', ticket: before };
    const after = messageId ? await sources.messages.findTicket([messageId]) : null;
    if (after === null)
      return { outcome: 'ignored', reason: await ignoreReason(sources, mail.messageId, mail.timestamp) };
    const ticket = await sources.tickets.get(after);
    const outcome = ticket?.customerMessageIds[0] === messageId ? 'created' : 'reply';
    return { outcome, ticket: after, language: ticket?.language, priority: ticket?.priority };
  };
}

async function ignoreReason(
  sources: OutcomeSources,
  sesMessageId: string,
  timestamp: string,
): Promise<string> {
  const raw = await readFile(join(sources.rawDir, sesMessageId)).catch(() => null);
  if (raw === null) return '-';
  const decision = decide(await parseMail(raw), sources.desk, Date.parse(timestamp));
  return decision.outcome === 'ignore' ? decision.reason : '-';
}
