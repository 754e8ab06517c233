// Where the customer's own words end. Hand-written: the maintained reply parsers
// (email-reply-parser and its ports) know English and a few other clients but not the
// Italian attributions and Outlook's Italian header blocks our customers send.

/** Longest text read for own words: a request is not a novel, and detection must stay fast. */
export const OWN_WORDS_MAX_CHARS = 64 * 1024;

const attribution = /(ha scritto|wrote|scrive)\s*:\s*$/i;
const attributionStart = /^\s*(il giorno|in data|on|el|le|am)\b/i;
const separator =
  /^\s*-{2,}\s*(original message|messaggio originale|messaggio inoltrato|forwarded message)\s*-{2,}\s*$/i;
const outlookFrom = /^\s*\*?(da|from)\s*:\s*\*?\s*\S/i;
const outlookNext = /^\s*\*?(inviato|sent|data|date|a|to|oggetto|subject)\s*:/i;
const underscores = /^\s*_{10,}\s*$/;
const signatureDash = /^--\s*$/;
const closing =
  /^\s*(cordiali saluti|distinti saluti|saluti cordiali|cordialmente|saluti|un saluto|un cordiale saluto|grazie e saluti|grazie mille|grazie|best regards|kind regards|warm regards|regards|best wishes|many thanks|thanks and regards|thank you|thanks|cheers|sincerely|yours sincerely|yours faithfully)\s*[,.!]*\s*$/i;
// html-to-text renders images as "[cid:...]" or "[image.png]"; they are not words.
const imagePlaceholder = /^\s*\[(cid:[^\]]*|image[^\]]*)\]\s*$/i;
const mobileFooter = /^\s*(sent from my|inviato da(l mio)?|inviato dal mio|get outlook for)\b/i;

function isAttribution(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (attribution.test(line)) return /\d|@/.test(line) || attributionStart.test(line);
  // Clients wrap long attributions: "Il giorno ... Mario Rossi <" / "mario@example.net> ha scritto:".
  const next = lines[i + 1] ?? '';
  return attributionStart.test(line) && /\d/.test(line) && attribution.test(next) && next.length < 120;
}

function isOutlookBlock(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (underscores.test(line)) return outlookFrom.test(lines[i + 1] ?? '');
  if (!outlookFrom.test(line)) return false;
  return [1, 2, 3].some((k) => outlookNext.test(lines[i + k] ?? ''));
}

function nextNonEmpty(lines: readonly string[], from: number): string {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? '').trim() !== '') return lines[i] ?? '';
  return '';
}

function endsOwnWords(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  return (
    separator.test(line) ||
    isOutlookBlock(lines, i) ||
    signatureDash.test(line) ||
    closing.test(line) ||
    mobileFooter.test(line)
  );
}

/** The customer's own words: the text without quoted history (`>` lines, attributions, forwarded blocks) and signature. */
export function ownWords(text: string): string {
  const lines = text.slice(0, OWN_WORDS_MAX_CHARS).split(/\r?\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*>/.test(line) || imagePlaceholder.test(line)) continue;
    if (isAttribution(lines, i)) {
      // Bottom-posted replies quote with ">" and go on below; anything else is history to the end.
      const wrapped = attribution.test(line) ? 1 : 2;
      if (!/^\s*>/.test(nextNonEmpty(lines, i + wrapped))) break;
      i += wrapped - 1;
      continue;
    }
    if (endsOwnWords(lines, i)) break;
    kept.push(line);
  }
  return kept.join('\n').trim();
}
