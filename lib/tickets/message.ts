import type { Instant } from '../domain/vocabulary';
import * as z from '../zod-mini';

/** What a logged message was, for the operators reading a ticket's history. */
export type MessageKind =
  | 'request'
  | 'reply'
  | 'note'
  | 'acknowledgement'
  | 'operator-notice'
  | 'reminder'
  | 'lifecycle';

/**
 * One email in a ticket's history. Bodies are not copied here: received ones stay in the raw
 * message store under `rawId`, sent ones are rebuilt from the ticket when needed.
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
}

const messageSchema = z.object({
  ticket: z.string(),
  id: z.string(),
  at: z.number().check(z.int()),
  direction: z.enum(['in', 'out']),
  kind: z.enum(['request', 'reply', 'note', 'acknowledgement', 'operator-notice', 'reminder', 'lifecycle']),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  messageIds: z.array(z.string()),
  rawId: z.nullable(z.string()),
  size: z.nullable(z.number()),
  truncated: z.boolean(),
}) satisfies z.ZodMiniType<TicketMessage>;

/** Reads a stored message document; returns the problem (field path and why) instead of throwing. */
export function readMessage(doc: unknown): { message: TicketMessage } | { problem: string } {
  const result = messageSchema.safeParse(doc);
  if (result.success) return { message: result.data };
  const issue = result.error.issues[0];
  return { problem: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid' };
}
