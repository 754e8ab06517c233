import { createTransport } from 'nodemailer';

/** What a burst message is meant to be, so the test knows what the desk owes it. */
export type BurstKind = 'request' | 'reply' | 'auto-reply';

/** One message of a burst: who sends it, what it is, and a key its acknowledgement's subject repeats. */
export interface BurstMessage {
  readonly sender: string;
  readonly kind: BurstKind;
  /** Appears in the subject, unique in the burst ("burst-0042"), so the acknowledgement is found by it. */
  readonly key: string;
  readonly raw: string;
}

const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Address of the `i`-th burst sender. */
export function burstSender(i: number): string {
  return `customer${String(i).padStart(2, '0')}@example.net`;
}

/** A complete request in Italian or English (every required field present) with a subject carrying `key`. */
export function completeRequest(sender: string, key: string, language: 'it' | 'en'): string {
  const text =
    language === 'it'
      ? `Oggi alle 10:15 la pagina https://app.example.net/${key} mostra un errore e non salva i dati inseriti dagli operatori. Usiamo Chrome.`
      : `Today at 10:15 the page https://app.example.net/${key} shows an error and does not save the data our staff enter. We use Firefox.`;
  const subject = language === 'it' ? `Errore pagina ${key}` : `Page error ${key}`;
  return multipart(sender, subject, `<${key}@example.net>`, [], text);
}

/** A reply to an earlier message of the sender's, threaded by In-Reply-To and References only. */
export function replyTo(sender: string, key: string, parentMessageId: string): string {
  const headers = [`In-Reply-To: ${parentMessageId}`, `References: ${parentMessageId}`];
  const text = `Some more detail for ${key}: the error also appears when the page is reloaded several times in a row.`;
  return plain(sender, `Re: follow-up ${key}`, `<${key}@example.net>`, headers, text);
}

/** An out-of-office notice (RFC 3834 Auto-Submitted): the desk must ignore it. */
export function outOfOffice(sender: string, key: string): string {
  const headers = ['Auto-Submitted: auto-replied'];
  return plain(
    sender,
    `Risposta automatica: fuori ufficio ${key}`,
    `<${key}@example.net>`,
    headers,
    'Sono fuori ufficio.',
  );
}

function plain(sender: string, subject: string, messageId: string, extra: string[], text: string): string {
  return [
    ...head(sender, subject, messageId, extra),
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '',
  ].join('\r\n');
}

function multipart(
  sender: string,
  subject: string,
  messageId: string,
  extra: string[],
  text: string,
): string {
  return [
    ...head(sender, subject, messageId, extra),
    'Content-Type: multipart/mixed; boundary="part"',
    '',
    '--part',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '--part',
    'Content-Type: image/png; name="screen.png"',
    'Content-Disposition: attachment; filename="screen.png"',
    'Content-Transfer-Encoding: base64',
    '',
    PNG,
    '--part--',
    '',
  ].join('\r\n');
}

function head(sender: string, subject: string, messageId: string, extra: string[]): string[] {
  return [
    `From: ${sender}`,
    'To: support@example.com',
    `Subject: ${subject}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    ...extra,
  ];
}

/** When the desk's SMTP intake accepted one message (its 250 reply reached the client). */
export interface Accepted {
  readonly message: BurstMessage;
  readonly acceptedAt: number;
}

/** Sends every message at once over `connections` parallel SMTP connections; resolves when all were accepted. */
export async function sendConcurrently(
  port: number,
  messages: readonly BurstMessage[],
  connections: number,
): Promise<Accepted[]> {
  const transport = createTransport({
    pool: true,
    maxConnections: connections,
    maxMessages: Number.POSITIVE_INFINITY,
    host: '127.0.0.1',
    port,
    ignoreTLS: true,
  });
  try {
    return await Promise.all(
      messages.map(async (message) => {
        await transport.sendMail({
          envelope: { from: message.sender, to: ['support@example.com'] },
          raw: message.raw,
        });
        return { message, acceptedAt: performance.now() };
      }),
    );
  } finally {
    transport.close();
  }
}
