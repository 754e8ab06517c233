import { detect } from 'tinyld';
import { asCandidate, type LanguageDetector } from './detector';

/** tinyld (normal profile), restricted to the candidates; an empty answer counts as unsure. */
export const tinyldDetector: LanguageDetector = (text, candidates) =>
  asCandidate(detect(text, { only: [...candidates] }), candidates);
