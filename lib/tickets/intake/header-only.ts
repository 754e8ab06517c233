/**
 * The header section of a raw message (up to and including the blank line), for messages over
 * the size limit: a ticket is made from what the headers say, never from a body cut in half.
 */
export function headerSection(raw: Uint8Array): Uint8Array {
  for (let i = 0; i + 1 < raw.length; i++) {
    if (raw[i] !== 0x0a) continue;
    if (raw[i + 1] === 0x0a) return raw.subarray(0, i + 2);
    if (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a) return raw.subarray(0, i + 3);
  }
  return raw;
}
