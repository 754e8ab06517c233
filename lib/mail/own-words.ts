import {
  attribution,
  attributionStart,
  closing,
  imagePlaceholder,
  listFooterStart,
  MARKER_MAX_CHARS,
  mailmanListLine,
  mobileFooter,
  outlookFrom,
  outlookNext,
  separator,
  signatureDash,
  underscores,
  verbThenName,
} from './own-words-markers';

/** Longest text read for own words: a request is not a novel, and detection must stay fast. */
export const OWN_WORDS_MAX_CHARS = 64 * 1024;

/** A line as the marker patterns read it: trimmed, and empty when too long to be a marker. */
function markerText(line: string | undefined): string {
  const text = (line ?? '').trim();
  return text.length <= MARKER_MAX_CHARS ? text : '';
}

function isAttribution(lines: readonly string[], i: number): boolean {
  const line = markerText(lines[i]);
  if (attribution.test(line)) return /\d|@/.test(line) || attributionStart.test(line);
  if (attributionStart.test(line) && verbThenName.test(line)) return true;
  // Clients wrap long attributions: "Il giorno ... Mario Rossi <" / "mario@example.net> ha scritto:".
  const next = markerText(lines[i + 1]);
  return attributionStart.test(line) && /\d/.test(line) && attribution.test(next) && next.length < 120;
}

function isOutlookBlock(lines: readonly string[], i: number): boolean {
  const line = markerText(lines[i]);
  if (underscores.test(line)) return outlookFrom.test(markerText(lines[i + 1]));
  if (!outlookFrom.test(line)) return false;
  return [1, 2, 3].some((k) => outlookNext.test(markerText(lines[i + k])));
}

function isListFooter(lines: readonly string[], i: number): boolean {
  const line = markerText(lines[i]);
  if (listFooterStart.test(line)) return true;
  return underscores.test(line) && mailmanListLine.test(markerText(lines[i + 1]));
}

function nextNonEmpty(lines: readonly string[], from: number): string {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? '').trim() !== '') return lines[i] ?? '';
  return '';
}

function endsOwnWords(lines: readonly string[], i: number): boolean {
  const line = markerText(lines[i]);
  return (
    separator.test(line) ||
    isOutlookBlock(lines, i) ||
    isListFooter(lines, i) ||
    signatureDash.test(line) ||
    closing.test(line) ||
    mobileFooter.test(line)
  );
}

const quoted = (line: string) => line.trimStart().startsWith('>');

/** The customer's own words: the text without quoted history (`>` lines, attributions, forwarded blocks) and signature. */
export function ownWords(text: string): string {
  const lines = text.slice(0, OWN_WORDS_MAX_CHARS).split(/\r?\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (quoted(line) || imagePlaceholder.test(markerText(line))) continue;
    if (isAttribution(lines, i)) {
      // Bottom-posted replies quote with ">" and go on below; anything else is history to the end.
      const one = markerText(line);
      const wrapped = attribution.test(one) || verbThenName.test(one) ? 1 : 2;
      if (!quoted(nextNonEmpty(lines, i + wrapped))) break;
      i += wrapped - 1;
      continue;
    }
    if (endsOwnWords(lines, i)) break;
    kept.push(line);
  }
  return kept.join('\n').trim();
}
