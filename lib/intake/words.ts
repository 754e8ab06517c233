// Whole words in any script: a letter, digit or hyphen on either side means the match is
// part of a longer word ("download", "drop-down" are not "down").
const before = '(?<![\\p{L}\\p{N}_-])';
const after = '(?![\\p{L}\\p{N}_-])';

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive regex matching any of the phrases as whole words (spaces match any run of blanks). */
export function wholeWords(phrases: readonly string[], flags = 'iu'): RegExp {
  const alternatives = phrases.map((p) => escapeRegExp(p.trim()).replace(/\s+/g, '\\s+'));
  return new RegExp(`${before}(?:${alternatives.join('|')})${after}`, flags);
}

/** Counts the words of a text: runs of letters (digits and punctuation alone are not words). */
export function countWords(text: string): number {
  return text.match(/[\p{L}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}
