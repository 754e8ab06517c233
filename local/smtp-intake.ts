import type { Readable } from 'node:stream';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';
import { listenOnLoopback } from './listen';
import type { Envelope } from './received-copy';
import { LOCAL_ENV } from './settings';
import type { TlsCertificate } from './tls-certificate';

/** How the SMTP intake decides and where accepted mail goes. */
export interface SmtpIntakeOptions {
  readonly port: number;
  /** Largest message accepted, in bytes; larger ones get 552. */
  readonly maxBytes: number;
  readonly certificate: TlsCertificate;
  /** True for the desk's own addresses; any other recipient gets 550 at RCPT. */
  readonly acceptsRecipient: (address: string) => boolean;
  /** Stores an accepted message; resolves with its id once it is safe (then the client gets 250). */
  readonly deliver: (raw: Buffer, envelope: Envelope) => Promise<string>;
}

/** A listening SMTP intake. */
export interface SmtpIntake {
  readonly port: number;
  stop(): Promise<void>;
}

/** An SMTP reply with a code the client sees. */
class SmtpReply extends Error {
  constructor(
    message: string,
    readonly responseCode: number,
  ) {
    super(message);
  }
}

/**
 * Starts the desk's SMTP intake on 127.0.0.1: the local side of SES receiving. STARTTLS is
 * offered, never required; there is no AUTH, as on an MX.
 */
export async function startSmtpIntake(options: SmtpIntakeOptions): Promise<SmtpIntake> {
  const server = new SMTPServer({
    name: 'localhost',
    banner: 'support-desk local intake',
    key: options.certificate.key,
    cert: options.certificate.cert,
    disabledCommands: ['AUTH'],
    size: options.maxBytes,
    rejectOversized: true,
    logger: false,
    closeTimeout: 2_000,
    onRcptTo: (address, _session, callback) => callback(recipientError(address, options)),
    onData: (stream, session, callback) => {
      receive(stream, session, options).then((id) => callback(null, `Ok: queued as ${id}`), callback);
    },
  });
  // SMTPServer re-emits its socket's errors on itself, and an 'error' nobody listens to ends the
  // process: a failed listen is reported by listenOnLoopback (one line naming SMTP_PORT), and a
  // client's broken connection concerns that client only.
  server.on('error', () => undefined);
  const port = await listenOnLoopback(server.server, options.port, 'SMTP intake', LOCAL_ENV.smtpPort);
  return { port, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

function recipientError(
  address: SMTPServerAddress,
  options: SmtpIntakeOptions,
): SmtpReply | null | undefined {
  if (options.acceptsRecipient(address.address.toLowerCase())) return null;
  return new SmtpReply(`5.1.1 <${address.address}>: no such mailbox at this desk`, 550);
}

async function receive(
  stream: Readable & { sizeExceeded?: boolean },
  session: SMTPServerSession,
  options: SmtpIntakeOptions,
): Promise<string> {
  const chunks: Buffer[] = [];
  // Past the limit the rest is read and dropped: the client gets its 552 and memory stays bounded.
  for await (const chunk of stream) if (!stream.sizeExceeded) chunks.push(chunk as Buffer);
  // rejectOversized answers 552 whatever we reply; we only must not keep the message.
  if (stream.sizeExceeded) throw new SmtpReply('5.3.4 message too large', 552);
  return options.deliver(Buffer.concat(chunks), envelopeOf(session));
}

function envelopeOf(session: SMTPServerSession): Envelope {
  const mailFrom = session.envelope.mailFrom;
  return {
    mailFrom: mailFrom === false ? '' : mailFrom.address,
    rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
  };
}
