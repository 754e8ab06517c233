// Customer text is hostile: a subject can carry escape sequences that retitle the window, clear
// the screen, move the cursor over what an operator reads, or bidi overrides that show a name
// reversed. Everything here runs before customer text reaches a terminal. Each pattern is a
// single pass with no nested repetition (linear time on any input).

// ESC-introduced sequences: CSI (`ESC [` params, final byte), strings ended by BEL or ST
// (OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _`; unterminated: to the end),
// then any other `ESC x` pair.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[\s\S]?/g;
// C0 except tab and newline, DEL, C1 (8-bit CSI included), bidi embeddings/overrides/isolates
// and marks, line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Text of many lines made safe to print: escape sequences and control characters removed, tabs and newlines kept. */
export function safeBlock(text: string): string {
  // A carriage return would let a line overwrite what came before it: it ends the line instead.
  return text.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '');
}

/** Text for one line (a subject, a name, an address): as safeBlock, and tabs and newlines become spaces. */
export function safeLine(text: string): string {
  return safeBlock(text).replace(/[\t\n]/g, ' ');
}

// The characters JSON.stringify leaves as they are but a terminal acts on.
const JSON_UNSAFE = /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON for a terminal: what JSON.stringify keeps raw but a terminal would act on is \\u-escaped; the data is unchanged. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
