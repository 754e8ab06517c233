import type { Desk } from '../../desk/desk';
import type { Language } from '../../domain/vocabulary';
import type { LanguageDetector } from './detector';
import { eldDetector } from './eld-detector';

export type { LanguageDetector } from './detector';

/** The detector the desk uses, chosen by accuracy on the fixture corpus (see README, "How mail is read"). */
export const chosenDetector: LanguageDetector = eldDetector;

/** The language of the customer's words (subject included); the desk's fallback when the detector is unsure. */
export function detectLanguage(
  subject: string,
  ownWords: string,
  desk: Desk,
  detector = chosenDetector,
): Language {
  const text = `${subject}\n${ownWords}`.trim();
  if (text === '' || desk.languages.length === 1) return desk.fallbackLanguage;
  return detector(text, desk.languages) ?? desk.fallbackLanguage;
}
