import { capUtf8 } from '../domain/utf8-cap';
import type { MailAttachment } from '../mail/message';
import { headerSafe } from './header-safe';
import type { NoticeWording } from './notice-wording';

/** Most of the customer's words a notice quotes, in UTF-8 bytes: enough to read, small enough to mail. */
export const NOTICE_WORDS_MAX_BYTES = 8 * 1024;
/** Attachments a notice lists by name; a message with thousands of parts still makes a short notice. */
export const NOTICE_ATTACHMENTS_MAX = 20;

// Controls but newline and tab (a CR, an ESC starting a terminal sequence), and the bidirectional
// overrides that can make text read other than it is.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/** The customer's words as a notice quotes them: line ends unified, unsafe characters removed, capped. */
export function noticeWords(text: string, w: NoticeWording): string[] {
  const clean = text.replace(/\r\n?/g, '\n').replace(unsafe, '').trim();
  if (clean === '') return [w.noWords];
  const capped = capUtf8(clean, NOTICE_WORDS_MAX_BYTES);
  const lines = capped.text.split('\n');
  return capped.cut
    ? [...lines, w.wordsCut.replace('{limit}', String(NOTICE_WORDS_MAX_BYTES / 1024))]
    : lines;
}

/** What a notice says of an attachment: never its content. */
export type NoticeAttachment = Pick<MailAttachment, 'filename' | 'contentType' | 'size' | 'inline'>;

/** A size for people: bytes below a KiB, else KiB or MiB with one decimal. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** One line per attachment (name, type, size), header-safe names, at most NOTICE_ATTACHMENTS_MAX. */
export function attachmentLines(attachments: readonly NoticeAttachment[], w: NoticeWording): string[] {
  const listed = attachments.slice(0, NOTICE_ATTACHMENTS_MAX).map((a) => {
    const name = headerSafe(a.filename ?? '', 200) || w.unnamed;
    const type = headerSafe(a.contentType, 100);
    return `- ${name} (${type}, ${humanSize(a.size)}${a.inline ? `, ${w.inline}` : ''})`;
  });
  const more = attachments.length - listed.length;
  return more > 0 ? [...listed, w.moreAttachments.replace('{count}', String(more))] : listed;
}
