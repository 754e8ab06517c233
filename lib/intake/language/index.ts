import type { Desk } from '../../desk/desk';
import type { Language } from '../../domain/vocabulary';
import type { LanguageDetector } from './detector';
import { eldDetector } from './eld-detector';

export type { LanguageDetector } from './detector';

/** The detector the desk uses, chosen by accuracy on the fixture corpus (see README, "How mail is read"). */
export const chosenDetector: LanguageDetector = eldDetector;

/** Characters of own words the detector reads: the opening sentences settle Italian against English. */
export const LANGUAGE_SAMPLE_CHARS = 400;

/** The language of the customer's words (subject included); the desk's fallback when the detector is unsure. */
export function detectLanguage(
  subject: string,
  ownWords: string,
  desk: Desk,
  detector = chosenDetector,
): Language {
  const text = `${subject}\n${ownWords.slice(0, LANGUAGE_SAMPLE_CHARS)}`.trim();
  if (text === '' || desk.languages.length === 1) return desk.fallbackLanguage;
  return detector(text, desk.languages) ?? desk.fallbackLanguage;
}
