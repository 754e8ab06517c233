import { type ParsedMail, simpleParser } from 'mailparser';
import { mailboxes } from './addresses';
import { attachmentsOf } from './attachments';
import { splitRaw } from './fallback';
import { firstHeader, headersFromLines } from './header-lines';
import { textOfHtml } from './html-text';
import type { MailMessage } from './message';
import { messageIdsIn, singleMessageId } from './message-ids';
import { ownWords } from './own-words';
import { addressIn } from './raw-address';
import { inShape } from './raw-shape';
import { repairedSubject } from './subject-repair';

// A subject is one header line (RFC 5322 recommends 78 characters); anything far longer is
// junk, and every rule that reads the subject must stay fast on it.
const SUBJECT_MAX_CHARS = 2000;

// mailparser's extra work the desk never reads is switched off: the HTML renderings of the
// text, the attachment checksums (an MD5 over every attachment byte), and its own HTML-to-text
// conversion, which compiles html-to-text's selectors on every call and cost more than the
// rest of the parse of the whole fixture corpus. Text comes from text/plain, or from the HTML
// through textOfHtml when there is no plain text (CONTRACT section 4).
const parserOptions = {
  skipTextToHtml: true,
  skipImageLinks: true,
  skipTextLinks: true,
  skipHtmlToText: true,
  checksumAlgo: false,
} as const;

function contentTypeOf(headers: ReadonlyMap<string, readonly string[]>): string {
  const value = firstHeader(headers, 'content-type') ?? 'text/plain';
  return (value.split(';')[0] ?? '').trim().toLowerCase() || 'text/plain';
}

function instantOf(date: Date | undefined): number | null {
  const ms = date?.getTime();
  return ms === undefined || Number.isNaN(ms) ? null : ms;
}

function textOf(parsed: ParsedMail): string {
  if (parsed.text && parsed.text.trim() !== '') return parsed.text;
  return parsed.html ? textOfHtml(parsed.html) : '';
}

function fromParsed(parsed: ParsedMail): MailMessage {
  const headers = headersFromLines(parsed.headerLines);
  const text = textOf(parsed);
  return {
    headers,
    messageId: singleMessageId(parsed.messageId),
    inReplyTo: messageIdsIn(parsed.inReplyTo),
    references: messageIdsIn(parsed.references),
    subject: repairedSubject((parsed.subject ?? '').slice(0, SUBJECT_MAX_CHARS)),
    from: mailboxes(parsed.from)[0] ?? null,
    replyTo: mailboxes(parsed.replyTo),
    to: mailboxes(parsed.to),
    date: instantOf(parsed.date),
    contentType: contentTypeOf(headers),
    text,
    ownWords: ownWords(text),
    attachments: attachmentsOf(parsed.attachments),
    defects: [],
  };
}

/** Best-effort reading of bytes mailparser could not parse: headers by hand, the body as text. */
function fromRaw(raw: Uint8Array, problem: string): MailMessage {
  const { headers, body } = splitRaw(raw);
  const replyTo = addressIn(firstHeader(headers, 'reply-to'));
  return {
    headers,
    messageId: singleMessageId(firstHeader(headers, 'message-id')),
    inReplyTo: messageIdsIn(headers.get('in-reply-to')),
    references: messageIdsIn(headers.get('references')),
    subject: (firstHeader(headers, 'subject') ?? '').slice(0, SUBJECT_MAX_CHARS),
    from: addressIn(firstHeader(headers, 'from')),
    replyTo: replyTo ? [replyTo] : [],
    to: [],
    date: null,
    contentType: contentTypeOf(headers),
    text: body,
    ownWords: ownWords(body),
    attachments: [],
    defects: [problem],
  };
}

/** Reads raw RFC 5322 bytes into a MailMessage; damaged MIME yields what can be read, never an exception. */
export async function parseMail(raw: Uint8Array): Promise<MailMessage> {
  const shaped = inShape(raw);
  const bytes = Buffer.from(shaped.buffer, shaped.byteOffset, shaped.byteLength);
  try {
    return fromParsed(await simpleParser(bytes, parserOptions));
  } catch (error) {
    return fromRaw(shaped, `mailparser: ${error instanceof Error ? error.message : String(error)}`);
  }
}
