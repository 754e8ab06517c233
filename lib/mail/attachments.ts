import type { Attachment } from 'mailparser';
import type { MailAttachment } from './message';

/** The desk's view of mailparser's attachments: type, name, inline-ness and size, and the bytes for forwarding. */
export function attachmentsOf(parsed: readonly Attachment[]): MailAttachment[] {
  return parsed.map((a) => ({
    contentType: (a.contentType || 'application/octet-stream').toLowerCase(),
    filename: a.filename ?? null,
    inline: a.contentDisposition === 'inline' || a.related === true || a.cid !== undefined,
    contentId: a.cid ?? null,
    size: a.size,
    content: a.content,
  }));
}
