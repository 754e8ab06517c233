// The intake's patterns mark word edges and word characters with \p{L} (any letter) and \p{N}
// (any digit). V8 builds each such class as hundreds of ranges, once per place it stands: the
// nine such patterns a new request runs cost ~11 ms of CPU in a cold start under Node 24 (on a
// slow spell of the 2-core machine), their twins ~4 ms. Over text written only in Latin-1, Latin
// Extended-A and B, the general punctuation and the currency signs, a class matches exactly the
// characters its Latin ranges match, a dozen ranges (test/lib/intake/latin-twin.test.ts checks
// every one of those characters, under both flag sets the intake uses). So each pattern has a
// twin with those ranges in place of the classes, which answers exactly as the pattern over such
// text; any other text (an emoji, Greek, CJK, a lone surrogate) is read by the pattern itself,
// compiled on first need.

const LETTERS = 'a-zA-Z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\u024f';
const DIGITS = '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe';

/**
 * Any code unit a twin is not exact for. Those it is: Latin-1, Latin Extended-A and B (to
 * U+024F), general punctuation (U+2000-U+206F) and currency signs (U+20A0-U+20CF). Without the u
 * flag each half of a surrogate pair is a code unit of its own, so any astral character is out.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: ranges of code units; U+20D0 starts a range, it combines with nothing
const NOT_LATIN = /[\u0250-\u1fff\u2070-\u209f\u20d0-\uffff]/;

// The readers ask about one message's text pattern after pattern: the last answer is kept.
let lastText: string | undefined;
let lastAnswer = false;

/** Whether every character of `text` is one the twins are exact for. */
export function isLatinText(text: string): boolean {
  if (text !== lastText) {
    lastAnswer = !NOT_LATIN.test(text);
    lastText = text;
  }
  return lastAnswer;
}

/**
 * `source` with \p{L} and \p{N} replaced by their Latin ranges: inside a class as ranges, alone
 * as a class of their own. Any other property escape has no twin, and the error says which.
 */
export function latinSource(source: string): string {
  let inClass = false;
  // Only escapes and brackets matter, and the pattern's scanner steps over the rest natively:
  // a loop over every character ran ~1.5 ms unoptimised in a cold start.
  return source.replace(/\\[pP]\{[^}]*\}?|\\[\s\S]|[[\]]/g, (token) => {
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    else if (token === '\\p{L}' || token === '\\p{N}') {
      const ranges = token === '\\p{L}' ? LETTERS : DIGITS;
      return inClass ? ranges : `[${ranges}]`;
    } else if (/^\\[pP]\{/.test(token)) throw new Error(`no Latin twin for ${token} in /${source}/`);
    return token;
  });
}

/** A pattern with \p{L}/\p{N} classes and its Latin twin, each compiled when first read. */
export class TwinnedPattern {
  #full: RegExp | undefined;
  #latin: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    if (flags.includes('v')) throw new Error(`no Latin twin under the v flag: /${source}/${flags}`);
  }

  /** The pattern as written. */
  get full(): RegExp {
    this.#full ??= new RegExp(this.source, this.flags);
    return this.#full;
  }

  /** Its twin, exact over Latin text only. */
  get latin(): RegExp {
    this.#latin ??= new RegExp(latinSource(this.source), this.flags);
    return this.#latin;
  }

  /** The one to run over `text`: the twin when the text is Latin, else the pattern itself. */
  for(text: string): RegExp {
    return isLatinText(text) ? this.latin : this.full;
  }

  /** As a RegExp prints itself: `/source/flags`. */
  toString(): string {
    return `/${this.source}/${this.flags}`;
  }

  /** `RegExp.prototype.test` of the one for `text`. */
  test(text: string): boolean {
    return this.for(text).test(text);
  }
}

/** A pattern read through its Latin twin wherever that answers the same. */
export function twinned(pattern: RegExp | string, flags?: string): TwinnedPattern {
  return typeof pattern === 'string'
    ? new TwinnedPattern(pattern, flags ?? '')
    : new TwinnedPattern(pattern.source, flags ?? pattern.flags);
}
