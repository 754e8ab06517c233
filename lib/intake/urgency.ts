import type { Level } from '../domain/vocabulary';
import { type TwinnedPattern, twinned } from './latin-twin';
import { statedLevel } from './stated-level';
import { escapeRegExp } from './words';

/** What the subject and the stated lines say about urgency. */
export interface UrgencyReading {
  /** The subject asks for urgent handling (an urgent word, not negated). */
  readonly urgent: boolean;
  readonly urgency: Level;
}

/** A subject's urgent words, and the same words negated ("non urgente", "not urgent"). */
export interface UrgentPatterns {
  readonly any: TwinnedPattern;
  readonly negated: TwinnedPattern;
}

const negation = '(?:non|not|no|nothing|niente\\s+di|nulla\\s+di)';
const filler = '(?:\\s+(?:è|e|is|very|molto|particolarmente|so|troppo|too|really))*';

export function urgentPatterns(words: readonly string[]): UrgentPatterns {
  const list = words.map((w) => escapeRegExp(w.trim())).join('|');
  const word = `(?<![\\p{L}\\p{N}_-])(?:${list})(?![\\p{L}\\p{N}_-])`;
  return {
    any: twinned(word, 'iu'),
    negated: twinned(`(?<![\\p{L}\\p{N}_-])${negation}${filler}\\s+${word}`, 'iu'),
  };
}

const cache = new Map<string, UrgentPatterns>();

function patternsFor(words: readonly string[]): UrgentPatterns {
  const key = words.join('\u0000');
  const cached = cache.get(key) ?? urgentPatterns(words);
  cache.set(key, cached);
  return cached;
}

/** Urgency from the subject's urgent words ("non urgente" is low) and a stated "Urgenza:/Urgency:" line. */
export function readUrgency(
  subject: string,
  ownWords: string,
  urgentWords: readonly string[],
): UrgencyReading {
  const { any, negated } = patternsFor(urgentWords);
  // A negated urgent word is an urgent word: a subject without any is never negated, and most
  // subjects have none, so `negated` is compiled (~3 ms of a cold start) only for those that do.
  // A subject with no negated urgent word anywhere: `any` reads it whole (there is nothing to take out).
  const hasUrgentWord = any.test(subject);
  const isNegated = hasUrgentWord && negated.test(subject);
  const urgent = hasUrgentWord && !isNegated;
  const fromSubject: Level = urgent ? 'high' : isNegated ? 'low' : 'medium';
  return { urgent, urgency: statedLevel(ownWords, 'urgency') ?? fromSubject };
}
