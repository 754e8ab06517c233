import type { SESEvent, SESMail, SESMailCommonHeaders, SESMailHeader, SESReceipt } from 'aws-lambda';
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import { headersFromLines } from '../lib/mail/header-lines';
import { type Verdict, verdictsInHeaders } from '../lib/mail/sender-verdicts';
import type { Receipt } from './received-copy';

/** The ARN the local desk writes where SES names the ingest function; nothing resolves it. */
export const LOCAL_INGEST_ARN = 'arn:aws:lambda:local:000000000000:function:ingest-email';

/**
 * The event SES receiving gives the ingest Lambda for one stored message: envelope,
 * headers and verdicts, never the body (the function reads that from the store).
 */
export async function sesEventFor(storedCopy: Uint8Array, receipt: Receipt): Promise<SESEvent> {
  const parsed = await simpleParser(Buffer.from(headerSection(storedCopy)), { skipHtmlToText: true });
  const mail: SESMail = {
    timestamp: receipt.receivedAt.toISOString(),
    source: receipt.envelope.mailFrom,
    messageId: receipt.messageId,
    destination: [...receipt.envelope.rcptTo],
    headersTruncated: false,
    headers: parsed.headerLines.map(headerOf),
    commonHeaders: commonHeaders(parsed, receipt),
  };
  return {
    Records: [
      { eventSource: 'aws:ses', eventVersion: '1.0', ses: { mail, receipt: sesReceipt(receipt, parsed) } },
    ],
  };
}

// The SES status a local verdict stands for: the local desk has no SPF/DKIM/DMARC checker of its
// own, so the message's topmost amazonses.com Authentication-Results header (none: passing) is
// what SES would have said.
const sesStatus: Readonly<Record<Verdict, 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED'>> = {
  pass: 'PASS',
  fail: 'FAIL',
  gray: 'GRAY',
  none: 'GRAY',
  unknown: 'PROCESSING_FAILED',
};

function sesReceipt(receipt: Receipt, parsed: ParsedMail): SESReceipt {
  const pass = { status: 'PASS' } as const;
  const verdicts = verdictsInHeaders(headersFromLines(parsed.headerLines));
  return {
    timestamp: receipt.receivedAt.toISOString(),
    processingTimeMillis: 0,
    recipients: [...receipt.envelope.rcptTo],
    spamVerdict: pass,
    virusVerdict: pass,
    spfVerdict: { status: sesStatus[verdicts.spf] },
    dkimVerdict: { status: sesStatus[verdicts.dkim] },
    dmarcVerdict: { status: sesStatus[verdicts.dmarc] },
    action: { type: 'Lambda', functionArn: LOCAL_INGEST_ARN, invocationType: 'Event' },
  };
}

function commonHeaders(parsed: ParsedMail, receipt: Receipt): SESMailCommonHeaders {
  const optional = {
    from: addresses(parsed.from),
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    replyTo: addresses(parsed.replyTo),
    subject: parsed.subject,
  };
  return {
    returnPath: receipt.envelope.mailFrom,
    date: headerValue(parsed, 'date') ?? '',
    messageId: parsed.messageId ?? '',
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] | undefined {
  if (field === undefined) return undefined;
  const entries = (Array.isArray(field) ? field : [field]).flatMap((object) => object.value);
  return entries.map((entry) =>
    entry.name ? `${entry.name} <${entry.address ?? ''}>` : (entry.address ?? ''),
  );
}

function headerValue(parsed: ParsedMail, key: string): string | undefined {
  const line = parsed.headerLines.find((header) => header.key === key);
  return line ? headerOf(line).value : undefined;
}

// SES lists headers unfolded, with the name as written.
function headerOf(line: { key: string; line: string }): SESMailHeader {
  const colon = line.line.indexOf(':');
  const name = colon < 0 ? line.key : line.line.slice(0, colon);
  const value = colon < 0 ? '' : line.line.slice(colon + 1);
  return { name, value: value.replace(/\r?\n(?=[ \t])/g, '').trim() };
}

/** The header section of a raw message, up to and including the blank line that ends it. */
export function headerSection(raw: Uint8Array): Uint8Array {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  const candidates = [crlf < 0 ? -1 : crlf + 4, lf < 0 ? -1 : lf + 2].filter((end) => end > 0);
  return candidates.length === 0 ? bytes : bytes.subarray(0, Math.min(...candidates));
}
