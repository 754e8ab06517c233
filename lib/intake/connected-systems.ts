/**
 * The customer's declaration of the other systems connected to the one in trouble (policy C): a
 * line "Sistemi collegati: ..." / "Connected systems: ..." of their own words, or, when that line
 * ends at the colon, the lines under it up to a blank one. Kept as free text on the ticket.
 */

/** Most characters kept: a declaration is a list of names, not a document. */
export const CONNECTED_SYSTEMS_MAX_CHARS = 500;
/** Most lines read under a bare "Sistemi collegati:" line. */
const MAX_LIST_LINES = 10;

// One trimmed line at a time (see stated-level.ts): fixed words, then runs of [ \t*]: linear.
const DECLARATION = /^[*_]{0,3}(?:sistemi[ \t]+collegati|connected[ \t]+systems)[ \t*]*[:=][ \t*]*/iu;
// Control characters, line and paragraph separators, and bidirectional overrides: none reaches a
// terminal, a header or a notice.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]+/g;

/** Text fit to keep: unsafe characters removed, blanks collapsed, at most the cap (whole characters). */
export function cleanSystemsText(text: string): string {
  // Cut before cleaning so a megabyte of text costs no more than the cap's worth of work.
  const bounded = text.slice(0, CONNECTED_SYSTEMS_MAX_CHARS * 4);
  const clean = bounded
    .replace(UNSAFE, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return Array.from(clean).slice(0, CONNECTED_SYSTEMS_MAX_CHARS).join('').trim();
}

/** What the customer declared as connected systems, cleaned and capped; null when they declared nothing. */
export function connectedSystems(ownWords: string): string | null {
  const lines = ownWords.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const mark = DECLARATION.exec(line.slice(0, 100));
    if (mark === null) continue;
    const rest = line.slice(mark[0].length);
    if (rest !== '') return cleanSystemsText(rest) || null;
    const below: string[] = [];
    for (let j = i + 1; j < lines.length && below.length < MAX_LIST_LINES; j++) {
      const next = (lines[j] ?? '').trim().replace(/^[-*•][ \t]*/u, '');
      if (next === '') break;
      below.push(next.slice(0, CONNECTED_SYSTEMS_MAX_CHARS));
    }
    return cleanSystemsText(below.join(', ')) || null;
  }
  return null;
}
