import { readFile } from 'node:fs/promises';
import { type AddressObject, simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';
import { LocalDeskError } from './errors';
import { LOOPBACK } from './listen';
import type { Envelope } from './received-copy';
import { headerSection } from './ses-event';
import { certificatePath } from './tls-certificate';

/** What the desk's SMTP intake answered. */
export interface SendResult {
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
  /** The final SMTP reply, e.g. `250 Ok: queued as <id>`. */
  readonly response: string;
}

/** The desk's SMTP intake refused the message; `responseCode` is the SMTP reply code (550, 552, ...). */
export class SmtpRefusedError extends LocalDeskError {
  override readonly name = 'SmtpRefusedError';
  constructor(
    readonly responseCode: number,
    readonly response: string,
  ) {
    super(`refused: ${response}`);
  }
}

/**
 * The envelope a mail client would use for a message file: `Return-Path` (even empty, for a
 * bounce) or else the first `From` as sender, every `To` and `Cc` as recipients.
 */
export async function envelopeOf(raw: Uint8Array): Promise<Envelope> {
  const parsed = await simpleParser(Buffer.from(headerSection(raw)), { skipHtmlToText: true });
  const returnPath = parsed.headerLines.find((line) => line.key === 'return-path');
  const from = returnPath
    ? (/<([^>]*)>/.exec(returnPath.line)?.[1] ?? '')
    : (addresses(parsed.from)[0] ?? '');
  return { mailFrom: from, rcptTo: [...addresses(parsed.to), ...addresses(parsed.cc)] };
}

/** Sends raw bytes to the desk's SMTP intake, trusting the desk's own certificate for STARTTLS when there is one. */
export async function sendToDesk(
  port: number,
  raw: Uint8Array,
  envelope: Envelope,
  dataDir: string,
): Promise<SendResult> {
  const ca = await readFile(certificatePath(dataDir), 'utf8').catch(() => null);
  const transport = createTransport({
    host: LOOPBACK,
    port,
    secure: false,
    ...(ca ? { tls: { ca, servername: 'localhost' } } : { ignoreTLS: true }),
  });
  try {
    const info = await transport.sendMail({
      envelope: { from: envelope.mailFrom, to: [...envelope.rcptTo] },
      raw: Buffer.from(raw),
    });
    return {
      accepted: info.accepted.map(String),
      rejected: info.rejected.map(String),
      response: info.response,
    };
  } catch (error) {
    throw refusal(error) ?? error;
  } finally {
    transport.close();
  }
}

function refusal(error: unknown): SmtpRefusedError | null {
  const { responseCode, response } = error as { responseCode?: number; response?: string };
  return typeof responseCode === 'number'
    ? new SmtpRefusedError(responseCode, response ?? String(responseCode))
    : null;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.flatMap((entry) => (entry.address ? [entry.address] : [])));
}
