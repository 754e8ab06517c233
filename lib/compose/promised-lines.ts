import type { CustomerTerms, Desk } from '../desk/desk';
import type { Instant, Language } from '../domain/vocabulary';
import { type TargetState, tierTargets } from '../targets';
import { fill } from './wording';

/**
 * One line per target promised to the customer, each in its own wording and the customer's
 * language, in the tier's order: "Presa in carico entro: ...", "Inizio intervento entro: ...".
 * Targets not promised, already met, or left out by `skip` are not shown.
 */
export function promisedLines(
  desk: Desk,
  terms: CustomerTerms,
  states: readonly TargetState[],
  language: Language,
  at: (instant: Instant) => string,
  skip: readonly string[] = [],
): string[] {
  const wording = new Map(tierTargets(desk, terms).map((t) => [t.name, t.wording[language]]));
  return states
    .filter((s) => s.promised && s.metAt === null && !skip.includes(s.name))
    .flatMap((s) => {
      const sentence = wording.get(s.name);
      return sentence === undefined ? [] : [fill(sentence, { at: at(s.due) })];
    });
}
