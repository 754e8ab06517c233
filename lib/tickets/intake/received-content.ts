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

/** The text cut to at most `maxBytes` of UTF-8, never inside a character. */
export function capUtf8(text: string, maxBytes: number): { text: string; cut: boolean } {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= maxBytes) return { text, cut: false };
  // A UTF-8 continuation byte is 10xxxxxx: back up to the start of the character at the cut.
  let end = maxBytes;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return { text: new TextDecoder().decode(bytes.subarray(0, end)), cut: true };
}

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
