/** Builds raw RFC 5322 test messages; only what the ingest tests vary. */
export interface EmailParts {
  readonly from?: string;
  readonly subject?: string;
  readonly body?: string;
  readonly messageId?: string | null;
  readonly inReplyTo?: string;
  readonly screenshot?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A complete Italian request: every required field of the default desk is there. */
export const COMPLETE_BODY =
  'Buongiorno, oggi alle 9:40 la pagina https://app.example.net/login mostra un errore 500 dopo il ' +
  'clic su Accedi con utente e password corretti. Uso Chrome 131 su Windows 11.';

const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A request missing the time, the URL and the screenshot: the ticket waits for information. */
export const INCOMPLETE: EmailParts = {
  body: 'Il login non funziona, potete controllare per favore al più presto?',
  screenshot: false,
};

/** A raw message as the SES S3 action stores it. */
export function rawEmail(parts: EmailParts = {}): string {
  const messageId = parts.messageId === undefined ? 'req-1@mail.example.net' : parts.messageId;
  const headers = [
    `From: Anna Rossi <${parts.from ?? 'anna@example.net'}>`,
    'To: support@example.com',
    `Subject: ${parts.subject ?? 'Errore nella pagina di login'}`,
    'Date: Mon, 23 Nov 2026 10:00:00 +0100',
    ...(messageId ? [`Message-ID: <${messageId}>`] : []),
    ...(parts.inReplyTo ? [`In-Reply-To: <${parts.inReplyTo}>`, `References: <${parts.inReplyTo}>`] : []),
    ...Object.entries(parts.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    'MIME-Version: 1.0',
  ];
  const body = parts.body ?? COMPLETE_BODY;
  if (!(parts.screenshot ?? true)) {
    return [...headers, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
  }
  return [
    ...headers,
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '--b1',
    'Content-Type: image/png; name="screen.png"',
    'Content-Disposition: attachment; filename="screen.png"',
    'Content-Transfer-Encoding: base64',
    '',
    PNG,
    '--b1--',
    '',
  ].join('\r\n');
}
