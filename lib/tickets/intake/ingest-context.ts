import type { IgnoreReason, Instant } from '../../domain/vocabulary';
import type { ActDecision } from '../../intake/decision';
import type { MailMessage } from '../../mail/message';
import type { SenderVerdicts } from '../../mail/sender-verdicts';
import type { RawMessage } from '../../ports/raw-message-source';
import type { StepResults } from '../../ports/work-log';
import type { Attempt, IngestPorts, WorkSettings } from '../deps';
import type { MailStep, StepScope } from '../exactly-once/effects';
import type { MessageKind } from '../model/message';
import type { Ticket } from '../model/ticket';
import { receivedContent } from './received-content';
import type { ReplyChange } from './reply-change';

/** One message as the SES receipt rule announces it (the Lambda event holds no body). */
export interface IngestInput {
  /** SES messageId: the raw message's key in the raw store. */
  readonly sesMessageId: string;
  /** When SES received it (`mail.timestamp`): every deadline counts from here. */
  readonly receivedAt: Instant;
  /** SES's SPF, DKIM and DMARC verdicts; absent, the message's amazonses.com Authentication-Results stand for them. */
  readonly verdicts?: SenderVerdicts;
}

/** Tunables of ingestion. */
export interface IngestSettings extends WorkSettings {
  /** Largest raw message read whole; a larger one makes a header-only ticket and a note to operators. */
  readonly maxRawBytes: number;
}

/** What this attempt did on the way, for logs and metrics (a resumed attempt counts only its own work). */
export interface IngestEffects {
  readonly acknowledged: boolean;
  readonly throttled: boolean;
  readonly schedulesCreated: number;
  readonly operatorsTold: boolean;
}

/** The ticket's language and priority, carried in results so that callers need not read it back. */
export type TicketFacts = Pick<Ticket, 'language' | 'priority'>;

/** The facts of `ticket` a result reports. */
export function factsOf(ticket: Ticket): TicketFacts {
  return { language: ticket.language, priority: ticket.priority };
}

/** What became of one message. */
export type IngestResult =
  | { readonly outcome: 'duplicate' }
  | { readonly outcome: 'ignored'; readonly reason: IgnoreReason }
  | (TicketFacts & {
      readonly outcome: 'created';
      readonly ticket: string;
      readonly truncated: boolean;
      readonly effects: IngestEffects;
    })
  | (TicketFacts & {
      readonly outcome: 'reply';
      readonly ticket: string;
      /** `note`: kept in the history from a third party; `counted`: past the third-party caps, only counted. */
      readonly change: ReplyChange['kind'] | 'note' | 'counted' | OperatorEmailOutcome;
      readonly effects: IngestEffects;
    });

/** What an operator email came to: carried out, refused (not authenticated), rejected (a bad command). */
export type OperatorEmailOutcome = 'operator-acted' | 'operator-refused' | 'operator-rejected';

/** Everything the steps of one ingestion share. */
export interface IngestContext {
  readonly ports: IngestPorts;
  readonly attempt: Attempt;
  readonly settings: IngestSettings;
  /** The unit of work's key in the work log. */
  readonly key: string;
  /** Steps earlier attempts finished. */
  readonly done: StepResults;
  readonly input: IngestInput;
  readonly mail: MailMessage;
  readonly raw: RawMessage;
  readonly decision: ActDecision;
}

export const NO_EFFECTS: IngestEffects = {
  acknowledged: false,
  throttled: false,
  schedulesCreated: 0,
  operatorsTold: false,
};

/** A mail step of the ingestion: logged on the ticket as `<key>#<step>`. */
export function mailStepOf(ctx: IngestContext, step: string): MailStep {
  return { key: ctx.key, step, done: ctx.done, logId: `${ctx.key}#${step}` };
}

/** Where the ingestion's scheduling steps run. */
export function scopeOf(ctx: IngestContext): StepScope {
  return { key: ctx.key, done: ctx.done, now: ctx.attempt.now };
}

/**
 * Most recipients of a received message kept in its history record: a message to 30,001
 * addresses must not make a record over the table's item size, which left a ticket with no
 * history and no acknowledgement. The raw message keeps them all.
 */
export const HISTORY_MAX_RECIPIENTS = 50;

/** Logs the received message in the ticket's history (as the request, a reply or a note); safe to repeat. */
export async function logReceived(
  ctx: IngestContext,
  ticket: string,
  kind: Extract<MessageKind, 'request' | 'reply' | 'note' | 'operator-email'>,
  outcome?: string,
): Promise<void> {
  await ctx.ports.messages.append({
    ticket,
    id: ctx.key,
    at: ctx.input.receivedAt,
    direction: 'in',
    kind,
    from: ctx.mail.from?.address ?? '',
    to: ctx.mail.to.slice(0, HISTORY_MAX_RECIPIENTS).map((a) => a.address),
    subject: ctx.decision.subject,
    messageIds: ctx.mail.messageId ? [ctx.mail.messageId] : [],
    rawId: ctx.input.sesMessageId,
    size: ctx.raw.size,
    truncated: ctx.raw.truncated,
    ...receivedContent(ctx.mail.ownWords, ctx.mail.attachments),
    ...(outcome === undefined ? {} : { outcome }),
  });
}
