import MailComposer from 'nodemailer/lib/mail-composer';
import type { Instant, Language } from '../domain/vocabulary';
import { headerAddress, headerMessageId, headerSafe } from './header-safe';
import { mailDate } from './mail-date';
import { buildSinglePart } from './mime-build';

/** A file sent with an email: an operator's attachment forwarded to the customer. */
export interface OutgoingAttachment {
  readonly filename: string;
  /** Lower-case MIME type; `application/octet-stream` when unknown. */
  readonly contentType: string;
  readonly content: Uint8Array;
}

/** An email the desk sends, before MIME: what the dry run prints and what the sender renders. */
export interface OutgoingEmail {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly language: Language;
  /** Header fields as written in RFC 5322 (`Message-ID`, `In-Reply-To`, `Auto-Submitted`, ...). */
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  /** Files sent with it (only an operator's message to the customer has any). */
  readonly attachments?: readonly OutgoingAttachment[];
}

/** Threading of one outgoing email: its own id and the customer's message it answers (ids without brackets). */
export interface Threading {
  readonly messageId: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
}

/** The headers every email of the desk carries: own Message-ID, threading to the customer, RFC 3834 marks. */
export function deskHeaders(threading: Threading): Record<string, string> {
  const references = threading.references.map(headerMessageId).filter((id): id is string => id !== null);
  const inReplyTo = headerMessageId(threading.inReplyTo);
  return {
    'Message-ID': headerMessageId(threading.messageId) ?? '',
    ...(inReplyTo ? { 'In-Reply-To': inReplyTo } : {}),
    ...(references.length > 0 ? { References: references.join(' ') } : {}),
    'Auto-Submitted': 'auto-replied',
    'X-Auto-Response-Suppress': 'All',
  };
}

/** Builds an OutgoingEmail with every customer-supplied value made header-safe. */
export function outgoingEmail(fields: OutgoingEmail): OutgoingEmail {
  return {
    ...fields,
    from: headerAddress(fields.from) ?? fields.from,
    to: fields.to.map(headerAddress).filter((a): a is string => a !== null),
    subject: headerSafe(fields.subject, 400),
    headers: Object.fromEntries(Object.entries(fields.headers).map(([k, v]) => [k, headerSafe(v, 2000)])),
  };
}

const threadingHeaders = new Set(['Message-ID', 'In-Reply-To', 'References']);

/** The email's own Message-ID, without its angle brackets ('' when it has none). */
export function ownMessageIdOf(email: OutgoingEmail): string {
  return (email.headers['Message-ID'] ?? '').replace(/^<|>$/g, '');
}

/**
 * The email as raw RFC 5322 bytes, composed by nodemailer's MailComposer (a single text part
 * written without its stream pipeline, mime-build.ts); `sentAt` is its Date.
 */
export async function renderMime(email: OutgoingEmail, sentAt: Instant): Promise<Uint8Array> {
  const node = mimeComposer(email, sentAt).compile();
  return new Uint8Array(buildSinglePart(node) ?? (await node.build()));
}

/** nodemailer's composer for the email, as renderMime builds it. */
export function mimeComposer(email: OutgoingEmail, sentAt: Instant): MailComposer {
  const extra = Object.entries(email.headers).filter(([name]) => !threadingHeaders.has(name));
  return new MailComposer({
    from: email.from,
    to: [...email.to],
    subject: email.subject,
    text: email.text,
    // A string, so no Date is built here: the domain never reads or makes clocks.
    date: mailDate(sentAt) ?? undefined,
    messageId: email.headers['Message-ID'],
    inReplyTo: email.headers['In-Reply-To'],
    references: email.headers.References,
    headers: Object.fromEntries(extra),
    textEncoding: 'quoted-printable',
    ...(email.attachments && email.attachments.length > 0
      ? {
          attachments: email.attachments.map((a) => ({
            filename: headerSafe(a.filename, 200) || 'attachment',
            contentType: a.contentType,
            content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength),
          })),
        }
      : {}),
  });
}
