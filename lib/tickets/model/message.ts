import type { Instant } from '../../domain/vocabulary';
import { onFirstUse } from '../../on-first-use';
import * as z from '../../zod-mini';

/** What a logged message was, for the operators reading a ticket's history. */
export type MessageKind =
  | 'request'
  | 'reply'
  | 'note'
  | 'acknowledgement'
  | 'operator-notice'
  | 'reminder'
  | 'lifecycle'
  | 'operator-email';

/** One attachment of a received message, as the history shows it: never its content. */
export interface LoggedAttachment {
  /** The file name the sender gave, or null for an unnamed part. */
  readonly name: string | null;
  /** Lower-case MIME type, e.g. `image/png`. */
  readonly type: string;
  /** Size of the decoded part in bytes. */
  readonly size: number;
  /** Shown inside the body (an inline image) rather than attached. */
  readonly inline: boolean;
}

/**
 * One email in a ticket's history, an item of its own beside the ticket (the ticket's item never
 * grows with its messages). Received ones carry the customer's own words, capped; the raw message
 * stays in the raw store under `rawId`. Sent ones carry what they were (`kind`) and to whom.
 */
export interface TicketMessage {
  readonly ticket: string;
  /** Unique within the ticket and stable across retries, so appending twice stores it once. */
  readonly id: string;
  readonly at: Instant;
  readonly direction: 'in' | 'out';
  readonly kind: MessageKind;
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  /** Message-IDs (no angle brackets) a later reply may point at to find this ticket. */
  readonly messageIds: readonly string[];
  /** SES messageId of a received message (its key in the raw store), or of a sent one. */
  readonly rawId: string | null;
  readonly size: number | null;
  /** The raw message was larger than the desk reads; only its headers were used. */
  readonly truncated: boolean;
  /** Received mail: the customer's own words as the intake read them (absent on items logged before). */
  readonly ownWords?: string;
  /** `ownWords` was cut at the history's limit (OWN_WORDS_MAX_BYTES). */
  readonly ownWordsCut?: boolean;
  /** Received mail: its attachments by name, type and size, at most MAX_LOGGED_ATTACHMENTS. */
  readonly attachments?: readonly LoggedAttachment[];
  /** How many attachments the message had in all, when more than the history lists. */
  readonly attachmentCount?: number;
  /** An operator email: what the desk did with it (its steps, or why it refused or rejected it). */
  readonly outcome?: string;
}

// Built on first use, not at import: a new request never reads its history back, and the
// schema was part of every cold start.
function buildMessageSchema() {
  const attachmentSchema = z.object({
    name: z.nullable(z.string()),
    type: z.string(),
    size: z.number(),
    inline: z.boolean(),
  }) satisfies z.ZodMiniType<LoggedAttachment>;

  const messageSchema = z.object({
    ticket: z.string(),
    id: z.string(),
    at: z.number().check(z.int()),
    direction: z.enum(['in', 'out']),
    kind: z.enum([
      'request',
      'reply',
      'note',
      'acknowledgement',
      'operator-notice',
      'reminder',
      'lifecycle',
      'operator-email',
    ]),
    from: z.string(),
    to: z.array(z.string()),
    subject: z.string(),
    messageIds: z.array(z.string()),
    rawId: z.nullable(z.string()),
    size: z.nullable(z.number()),
    truncated: z.boolean(),
    // Items logged before the history kept them have none of these.
    ownWords: z.optional(z.string()),
    ownWordsCut: z.optional(z.boolean()),
    attachments: z.optional(z.array(attachmentSchema)),
    attachmentCount: z.optional(z.number().check(z.int(), z.nonnegative())),
    outcome: z.optional(z.string()),
  }) satisfies z.ZodMiniType<TicketMessage>;
  return messageSchema;
}

const messageSchema = onFirstUse(buildMessageSchema);

/** Reads a stored message document; returns the problem (field path and why) instead of throwing. */
export function readMessage(doc: unknown): { message: TicketMessage } | { problem: string } {
  const result = messageSchema().safeParse(doc);
  if (result.success) return { message: result.data };
  const issue = result.error.issues[0];
  return { problem: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid' };
}
