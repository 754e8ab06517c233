import type MimeNode from 'nodemailer/lib/mime-node';
import { Encoder as QpEncoder, wrap as qpWrap } from 'nodemailer/lib/qp';

// nodemailer builds a message through a stream pipeline (a PassThrough per node, its encoder,
// a newline transform, setImmediate between stages) even when the message is one text part
// held in a string, which is every email the desk writes but an operator's with attachments:
// in a cold start that pipeline was about half of what nodemailer cost. For such a node this
// writes the same bytes from nodemailer's own pieces, in one pass: its header block, its
// Quoted-Printable encoder driven directly, and its rule for the final line break.
// test/lib/compose/mime-build.test.ts compares the two byte for byte.

/** The parts of a MimeNode the stream build reads and its types do not declare. */
interface NodeInternals {
  readonly content?: unknown;
  readonly contentType?: string;
  readonly multipart?: unknown;
  readonly childNodes?: readonly unknown[];
  readonly newline?: unknown;
  readonly _raw?: unknown;
  readonly _transforms?: readonly unknown[];
  readonly _processFuncs?: readonly unknown[];
}

/**
 * What `node.build()` resolves to, written without streams, or undefined when the node is not one
 * part with string content and nothing to transform (the caller then builds it with nodemailer).
 */
export function buildSinglePart(node: MimeNode): Buffer | undefined {
  const inside = node as unknown as NodeInternals;
  const content = inside.content;
  if (
    typeof content !== 'string' ||
    inside.multipart ||
    (inside.childNodes?.length ?? 0) > 0 ||
    inside.newline ||
    inside._raw ||
    (inside._transforms?.length ?? 0) > 0 ||
    (inside._processFuncs?.length ?? 0) > 0
  ) {
    return undefined;
  }
  const transferEncoding = node.getTransferEncoding();
  if (transferEncoding === 'base64') return undefined;
  const head = Buffer.from(`${node.buildHeaders()}\r\n\r\n`);
  // An empty string is no content to nodemailer: the headers alone.
  const bytes = Buffer.from(content);
  const body =
    content === ''
      ? Buffer.alloc(0)
      : transferEncoding === 'quoted-printable'
        ? quotedPrintable(bytes, !/^text\//i.test(inside.contentType ?? ''))
        : bytes;
  return Buffer.concat([head, body, finalNewline(body.length > 0 ? body : head)]);
}

/** nodemailer's Quoted-Printable encoder, given the whole content as its one chunk. */
function quotedPrintable(bytes: Buffer, binary: boolean): Buffer {
  if (!binary && bytes.length <= QP_SLICE_BYTES) return quotedPrintableText(bytes);
  return quotedPrintableByEncoder(bytes, binary);
}

// nodemailer's encoder slices its input at 64 KiB; below that a text is one slice.
const QP_SLICE_BYTES = 64 * 1024;
const QP_LINE_LENGTH = 76;
// The bytes nodemailer's encoder writes as =XX for text: any outside tab, LF, CR and printable
// ASCII but '=', and a blank before a line break or at the very end.
const QP_ESCAPED = /[^\t\n\r\x20-\x3c\x3e-\x7e]|[\t ](?=[\n\r]|$)/g;
const qpEscape = (char: string) => `=${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * What nodemailer's encoder makes of a text of at most one slice, its byte loop replaced by one
 * pattern (that loop ran unoptimised over every byte of a cold start's emails) and its steps
 * otherwise kept: the trailing blanks held back and encoded last, each piece wrapped by its own
 * `wrap` with the line left over. test/lib/compose/mime-build.test.ts compares the two.
 */
export function quotedPrintableText(bytes: Buffer): Buffer {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end -= 1;
  let done = '';
  let line = '';
  for (const piece of [bytes.subarray(0, end), bytes.subarray(end)]) {
    if (piece.length === 0) continue;
    const wrapped = qpWrap(line + piece.toString('latin1').replace(QP_ESCAPED, qpEscape), QP_LINE_LENGTH);
    const lastLineFeed = wrapped.lastIndexOf('\n');
    done += wrapped.substring(0, lastLineFeed + 1);
    line = wrapped.substring(lastLineFeed + 1);
  }
  return Buffer.from(done + line, 'latin1');
}

/** nodemailer's Quoted-Printable encoder itself, driven with the whole content as one chunk. */
function quotedPrintableByEncoder(bytes: Buffer, binary: boolean): Buffer {
  const encoder = new QpEncoder({ binary });
  const out: Buffer[] = [];
  encoder.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (typeof chunk === 'string') out.push(Buffer.from(chunk, encoding));
    else if (chunk instanceof Uint8Array) out.push(Buffer.from(chunk));
    return true;
  };
  const failed = (error?: Error | null) => {
    if (error) throw error;
  };
  // A Buffer chunk reaches _transform with the encoding 'buffer', which Node's types do not list.
  (encoder._transform as (chunk: Buffer, encoding: string, done: typeof failed) => void).call(
    encoder,
    bytes,
    'buffer',
    failed,
  );
  encoder._flush(failed);
  return Buffer.concat(out);
}

/** As nodemailer's last stage: what ends the message with a line break (CR gets its LF, anything else CRLF). */
function finalNewline(end: Buffer): Buffer {
  const last = end.at(-1);
  return Buffer.from(last === 0x0a ? '' : last === 0x0d ? '\n' : '\r\n');
}
