/** The SMTP envelope of one received message. */
export interface Envelope {
  /** `MAIL FROM` address; empty for a bounce (`MAIL FROM:<>`). */
  readonly mailFrom: string;
  /** `RCPT TO` addresses the desk accepted. */
  readonly rcptTo: readonly string[];
}

/** What the receiving side knows besides the message itself. */
export interface Receipt {
  readonly messageId: string;
  readonly envelope: Envelope;
  readonly receivedAt: Date;
}

/**
 * The copy SES receiving stores in S3: the message as received, below the trace and
 * verdict headers SES prepends. The local desk runs no scanner: every verdict is PASS.
 */
export function receivedCopy(raw: Uint8Array, receipt: Receipt): Buffer {
  const recipient = receipt.envelope.rcptTo[0] ?? '';
  const stamp = [
    `Return-Path: <${receipt.envelope.mailFrom}>`,
    `Received: from localhost (localhost [127.0.0.1]) by support-desk local SMTP with ESMTP id ${receipt.messageId} for ${recipient}; ${receipt.receivedAt.toUTCString()}`,
    'X-SES-Spam-Verdict: PASS',
    'X-SES-Virus-Verdict: PASS',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(stamp, 'utf8'), withoutReturnPath(raw)]);
}

// A Return-Path written by the client would contradict the envelope: as an MTA does,
// the one of the envelope replaces it.
function withoutReturnPath(raw: Uint8Array): Buffer {
  const text = Buffer.from(raw);
  const match = /^Return-Path:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*/i.exec(text.toString('latin1'));
  return match ? text.subarray(match[0].length) : text;
}
