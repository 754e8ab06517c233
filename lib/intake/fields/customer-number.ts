import { escapeRegExp } from '../words';
import type { FieldDetector } from './field-input';

// An identifier: letters, digits and separators, with at least one digit ("ACME-0042", "12345").
const identifier = '([\\p{L}\\p{N}][\\p{L}\\p{N}./_-]*)';
const glue = '\\s*(?:[:#=]|n\\.|nr\\.?|no\\.?|num\\.?|numero)?\\s*[:#]?\\s*';

/** Compiles a desk phrase ("codice cliente", "customer no.") into a pattern capturing the identifier. */
export function customerNumberPattern(phrase: string): RegExp {
  const words = escapeRegExp(phrase.trim()).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}${glue}${identifier}`, 'giu');
}

/** The first identifier introduced by one of the desk's phrases, or null. */
export function findCustomerNumber(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const id = match[1] ?? '';
      if (/\d/.test(id)) return id.replace(/[./_-]+$/, '');
    }
  }
  return null;
}

/** A customer number introduced by one of the desk's phrases ("codice cliente 12345"). */
export const hasCustomerNumber: FieldDetector = ({ ownWords, customerNumberPatterns }) =>
  findCustomerNumber(ownWords, customerNumberPatterns) !== null;
