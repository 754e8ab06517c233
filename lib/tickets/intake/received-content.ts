import { capUtf8 } from '../../domain/utf8-cap';
import type { MailAttachment } from '../../mail/message';
import type { LoggedAttachment, TicketMessage } from '../model/message';

/**
 * Largest own-words text kept in a history item, in UTF-8 bytes: a message item must stay far
 * under DynamoDB's 400 KB whatever the customer sends, and a request is read in a few lines.
 */
export const OWN_WORDS_MAX_BYTES = 16 * 1024;
/** Attachments listed per message; a message with thousands of parts still makes a small item. */
export const MAX_LOGGED_ATTACHMENTS = 50;
/** Longest attachment name kept (characters). */
const NAME_MAX = 200;

// Re-exported where it always was: the history and the ticket bounds cap their texts with it.
export { capUtf8 };

/** What a received message's history item records of its content: own words (capped) and attachments. */
export function receivedContent(
  ownWords: string,
  attachments: readonly MailAttachment[],
): Pick<TicketMessage, 'ownWords' | 'ownWordsCut' | 'attachments' | 'attachmentCount'> {
  const words = capUtf8(ownWords, OWN_WORDS_MAX_BYTES);
  const listed: LoggedAttachment[] = attachments.slice(0, MAX_LOGGED_ATTACHMENTS).map((a) => ({
    name: a.filename === null ? null : a.filename.slice(0, NAME_MAX),
    type: a.contentType.slice(0, NAME_MAX),
    size: a.size,
    inline: a.inline,
  }));
  return {
    ownWords: words.text,
    ...(words.cut ? { ownWordsCut: true } : {}),
    attachments: listed,
    ...(attachments.length > listed.length ? { attachmentCount: attachments.length } : {}),
  };
}
