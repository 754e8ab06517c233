import type { MailAttachment } from '../../mail/message';
import type { TwinnedPattern } from '../latin-twin';

/** What a field detector may look at: the customer's own words and the attachments, never the Date header. */
export interface FieldInput {
  readonly ownWords: string;
  readonly attachments: readonly MailAttachment[];
  /** Compiled customer-number patterns of the desk. */
  readonly customerNumberPatterns: readonly TwinnedPattern[];
}

/** A detector answers one question: does the request carry this field? */
export type FieldDetector = (input: FieldInput) => boolean;
