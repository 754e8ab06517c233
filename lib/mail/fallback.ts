import { headersFromLines } from './header-lines';

/** What can be read from bytes mailparser refused: unfolded header lines and the body as text. */
export interface RawParts {
  readonly headers: Map<string, string[]>;
  readonly body: string;
}

/** Splits raw bytes at the first blank line, reading header lines by hand (latin1: no byte is lost or throws). */
export function splitRaw(raw: Uint8Array): RawParts {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const head = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? '' : text.slice(end).replace(/^\r?\n\r?\n/, '');
  const lines = head.split(/\r?\n(?![ \t])/).filter((l) => /^[\x21-\x39\x3b-\x7e]+:/.test(l));
  const headers = headersFromLines(lines.map((line) => ({ key: line.slice(0, line.indexOf(':')), line })));
  return { headers, body };
}
