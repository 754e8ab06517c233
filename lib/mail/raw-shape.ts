// Real mail does not always start with its first header field, nor end its lines with CRLF.
// Shapes met in the wild (and in the test corpora of mail parsers): a blank or whitespace-only
// first line left by a broken MTA or a copy-paste; an mbox "From " envelope line or another
// stray non-header line (a "Received" glued without its colon, a client's export banner) before
// the headers; and classic Mac OS or some Windows exports that end lines with a bare CR.
// mailparser reads none of those as headers, so the desk puts the bytes in shape first.

/** Lines looked at before the first header field: a stray line or two, never a whole body. */
const MAX_LEADING_LINES = 8;
/** Bytes looked at for those lines and for the line-end style. */
const PROBE_BYTES = 4096;

const fieldLine = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

function probe(raw: Uint8Array): string {
  return Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, PROBE_BYTES)).toString('latin1');
}

/** True when the first line end is a bare CR (no LF anywhere before it). */
function endsLinesWithBareCr(head: string): boolean {
  const cr = head.indexOf('\r');
  if (cr < 0) return false;
  const lf = head.indexOf('\n');
  return (lf < 0 || cr < lf) && head[cr + 1] !== '\n';
}

/** Byte offset of the first header field line among the leading lines, or -1 when there is none. */
export function headerStart(raw: Uint8Array): number {
  const head = probe(raw);
  let offset = 0;
  for (let i = 0; i < MAX_LEADING_LINES && offset < head.length; i++) {
    const end = head.indexOf('\n', offset);
    const line = head.slice(offset, end < 0 ? head.length : end).replace(/\r$/, '');
    if (fieldLine.test(line)) return offset;
    if (end < 0) return -1;
    offset = end + 1;
  }
  return -1;
}

/**
 * The message in the shape mailparser reads: bare-CR line ends turned into LF, and any
 * whitespace-only or non-header lines before the first header field dropped. Bytes that have
 * no header field near the start are returned unchanged.
 */
export function inShape(raw: Uint8Array): Uint8Array {
  let bytes = raw;
  if (endsLinesWithBareCr(probe(bytes))) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    bytes = new Uint8Array(Buffer.from(text.replace(/\r(?!\n)/g, '\n'), 'latin1'));
  }
  const start = headerStart(bytes);
  return start > 0 ? bytes.subarray(start) : bytes;
}
