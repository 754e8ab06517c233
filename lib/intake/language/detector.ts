import type { Language } from '../../domain/vocabulary';

/** A language detector limited to the desk's languages: a language, or null when unsure. */
export type LanguageDetector = (text: string, candidates: readonly Language[]) => Language | null;

/** Narrows a detector's answer to the desk's languages. */
export function asCandidate(code: string | undefined, candidates: readonly Language[]): Language | null {
  return candidates.find((c) => c === code) ?? null;
}
