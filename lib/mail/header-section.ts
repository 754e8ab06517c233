const fieldLine = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

/**
 * True when the bytes start with at least one header field (RFC 5322 `name: value`), the
 * least a file needs to be taken for a message. Leading blank lines are tolerated.
 */
export function hasHeaderSection(raw: Uint8Array): boolean {
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 4096)).toString('latin1');
  const first = head.replace(/^(\r?\n)+/, '').split(/\r?\n/, 1)[0] ?? '';
  return fieldLine.test(first) || first.startsWith('From ');
}
