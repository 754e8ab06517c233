/** One raw header line as mailparser reports it: the lower-case key and the whole (folded) line. */
export interface HeaderLine {
  readonly key: string;
  readonly line: string;
}

// Values stay as written (unfolded, trimmed): the headers the desk reads this way
// (Auto-Submitted, Precedence, List-Id, X-SES-*-Verdict, X-Loop, Return-Path) are ASCII
// tokens, and mailparser's own header map reshapes some of them (List-Id becomes `list`).
function fieldValue(line: string): string {
  const colon = line.indexOf(':');
  const value = colon < 0 ? '' : line.slice(colon + 1);
  return value.replace(/\r?\n[ \t]+/g, ' ').trim();
}

/** Builds the header map of a message: lower-case name -> every value, in order. */
export function headersFromLines(lines: readonly HeaderLine[]): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const name = key.toLowerCase();
    const values = headers.get(name) ?? [];
    values.push(fieldValue(line));
    headers.set(name, values);
  }
  return headers;
}

/** First value of a header, or null when the message lacks it. */
export function firstHeader(headers: ReadonlyMap<string, readonly string[]>, name: string): string | null {
  return headers.get(name)?.[0] ?? null;
}
