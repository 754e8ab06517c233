import { parseMail } from '../../../lib/mail';
import type { MailMessage } from '../../../lib/mail/message';

/** What a test message says; everything else gets a plausible default. */
export interface TestMail {
  readonly from?: string;
  readonly subject?: string;
  readonly body?: string;
  readonly screenshot?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+P+/HgAF/gL+p9aktgAAAABJRU5ErkJggg==';

/** Raw RFC 5322 text of a test message (an image attachment when asked). */
export function rawMail(mail: TestMail): string {
  const extra = Object.entries(mail.headers ?? {})
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
  const head = `From: ${mail.from ?? 'mario.rossi@example.net'}\nTo: support@example.com\nSubject: ${mail.subject ?? 'Richiesta'}\nMessage-ID: <t1@example.net>\n${extra}`;
  const body = mail.body ?? '';
  if (!mail.screenshot) return `${head}Content-Type: text/plain; charset=utf-8\n\n${body}\n`;
  return `${head}Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n${body}\n--b\nContent-Type: image/png\nContent-Disposition: attachment; filename=s.png\nContent-Transfer-Encoding: base64\n\n${png}\n--b--\n`;
}

/** The parsed test message. */
export function testMail(mail: TestMail): Promise<MailMessage> {
  return parseMail(new Uint8Array(Buffer.from(rawMail(mail), 'utf8')));
}
