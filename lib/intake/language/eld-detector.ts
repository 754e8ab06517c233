import type { Language } from '../../domain/vocabulary';
import database from './data/eld-small-it-en.json';
import { asCandidate, type LanguageDetector } from './detector';
import { createEld, type EldInstance } from './eld-core';

// eld's small database cut down to Italian and English (generate.ts): the same scores for the
// desk's languages, without the 1.5 MB and ~250 ms of start-up the other 58 languages cost.
// eld keeps its language subset in the instance: one instance per candidate set, so desks
// with different languages never change each other's detector.
const instances = new Map<string, EldInstance>();

function instanceFor(candidates: readonly Language[]): EldInstance {
  const key = candidates.join(',');
  let instance = instances.get(key);
  if (!instance) {
    const eld = createEld();
    eld.loadData(database);
    eld.instance.setLanguageSubset([...candidates]);
    instance = eld.instance;
    instances.set(key, instance);
  }
  return instance;
}

/** eld (Nito-ELD, small database, desk languages only): n-gram scores; an unreliable result counts as unsure. */
export const eldDetector: LanguageDetector = (text, candidates) => {
  const result = instanceFor(candidates).detect(text);
  return result.isReliable() ? asCandidate(result.language, candidates) : null;
};
