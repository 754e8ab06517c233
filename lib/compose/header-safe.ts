// C0 and C1 controls, DEL and the Unicode line separators: none may reach a header, where a
// CR/LF would start a new field (header injection).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Longest text echoed from a customer into a header (the rest is cut with an ellipsis). */
export const HEADER_TEXT_MAX = 160;

/** Text safe for a header: control characters become spaces, blanks collapse, length capped. */
export function headerSafe(text: string, max = HEADER_TEXT_MAX): string {
  const clean = text.replace(controls, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

/** A message id fit for In-Reply-To/References, bracketed; null when it holds anything but visible ASCII. */
export function headerMessageId(id: string | null | undefined): string | null {
  if (!id || !/^[\x21-\x3b\x3d\x3f-\x7e]+$/.test(id)) return null;
  return `<${id}>`;
}

/** An address fit for To: lower-case `local@domain` of visible ASCII only, else null. */
export function headerAddress(address: string): string | null {
  return /^[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+$/.test(address) && !address.includes(',')
    ? address.toLowerCase()
    : null;
}
