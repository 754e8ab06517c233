import { eld } from 'eld/small';
import type { Language } from '../../domain/vocabulary';
import { asCandidate, type LanguageDetector } from './detector';

// eld keeps its language subset in the instance: one instance per candidate set, so desks
// with different languages never change each other's detector.
const instances = new Map<string, typeof eld>();

function instanceFor(candidates: readonly Language[]): typeof eld {
  const key = candidates.join(',');
  let instance = instances.get(key);
  if (!instance) {
    instance = eld.newInstance();
    instance.setLanguageSubset([...candidates]);
    instances.set(key, instance);
  }
  return instance;
}

/** eld (Nito-ELD, small database): n-gram scores; an unreliable result counts as unsure. */
export const eldDetector: LanguageDetector = (text, candidates) => {
  const result = instanceFor(candidates).detect(text);
  return result.isReliable() ? asCandidate(result.language, candidates) : null;
};
