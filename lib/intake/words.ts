import { type TwinnedPattern, twinned } from './latin-twin';

// Whole words in any script: a letter, digit or hyphen on either side means the match is
// part of a longer word ("download", "drop-down" are not "down").
const before = '(?<![\\p{L}\\p{N}_-])';
const after = '(?![\\p{L}\\p{N}_-])';
const wordRun = twinned(/[\p{L}][\p{L}\p{N}'’-]*/gu);

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive regex matching any of the phrases as whole words (spaces match any run of blanks). */
export function wholeWords(phrases: readonly string[], flags = 'iu'): TwinnedPattern {
  const alternatives = phrases.map((p) => escapeRegExp(p.trim()).replace(/\s+/g, '\\s+'));
  return twinned(`${before}(?:${alternatives.join('|')})${after}`, flags);
}

/** Counts the words of a text: runs of letters (digits and punctuation alone are not words). */
export function countWords(text: string): number {
  return text.match(wordRun.for(text))?.length ?? 0;
}
