import { type TwinnedPattern, twinned } from '../latin-twin';
import { escapeRegExp } from '../words';
import type { FieldDetector } from './field-input';

// A phrase, its glue ("n.", "nr", ":", "#") and an identifier with at least one digit
// ("codice cliente: ACME-0042", "account #12345"). The glue used to be one pattern,
// \s*(?:[:#=]|n\.|...)?\s*[:#]?\s*, whose three adjacent \s* split a run of blanks every
// possible way: "account" and 3,000 spaces took 10 s. Now the phrase is found by a pattern and
// the rest read forward from its end by sticky patterns that cannot overlap: linear.

const blanksAndMarks = /[\s:#=]*/uy;
const word = twinned(/(?:numero|num\.?|nr\.?|no\.?|n\.)(?![\p{L}])/iuy);
const identifier = twinned(/[\p{L}\p{N}][\p{L}\p{N}./_-]*/uy);

/** Compiles a desk phrase ("codice cliente", "customer no.") into the pattern that finds it. */
export function customerNumberPattern(phrase: string): TwinnedPattern {
  const words = escapeRegExp(phrase.trim()).replace(/\s+/g, '\\s+');
  return twinned(`(?<![\\p{L}\\p{N}])${words}`, 'giu');
}

function stickyAt(pattern: RegExp | TwinnedPattern, text: string, at: number): string {
  const sticky = pattern instanceof RegExp ? pattern : pattern.for(text);
  sticky.lastIndex = at;
  return sticky.exec(text)?.[0] ?? '';
}

/** The identifier after a phrase ending at `at`: blanks and marks, an optional "n."/"nr", blanks again. */
function identifierAfter(text: string, at: number): string {
  let pos = at + stickyAt(blanksAndMarks, text, at).length;
  const glue = stickyAt(word, text, pos);
  if (glue !== '') pos += glue.length + stickyAt(blanksAndMarks, text, pos + glue.length).length;
  return stickyAt(identifier, text, pos);
}

/** The first identifier introduced by one of the desk's phrases, or null. */
export function findCustomerNumber(text: string, patterns: readonly TwinnedPattern[]): string | null {
  for (const pattern of patterns) {
    // matchAll runs a copy of the pattern, so the shared one keeps no state between messages.
    for (const match of text.matchAll(pattern.for(text))) {
      const id = identifierAfter(text, match.index + match[0].length);
      if (/\d/.test(id)) return id.replace(/[./_-]+$/, '');
    }
  }
  return null;
}

/** A customer number introduced by one of the desk's phrases ("codice cliente 12345"). */
export const hasCustomerNumber: FieldDetector = ({ ownWords, customerNumberPatterns }) =>
  findCustomerNumber(ownWords, customerNumberPatterns) !== null;
