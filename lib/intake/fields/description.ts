import { countWords } from '../words';
import type { FieldDetector } from './field-input';
import { withoutUrls } from './url';

/** Fewest words of the customer's own text that make a description (CONTRACT section 4). */
export const DESCRIPTION_MIN_WORDS = 10;

/** At least ten words of the customer's own text (the subject does not count, nor do links). */
export const hasDescription: FieldDetector = (input) =>
  countWords(withoutUrls(input)) >= DESCRIPTION_MIN_WORDS;
