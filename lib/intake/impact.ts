import type { Level } from '../domain/vocabulary';
import { twinned } from './latin-twin';
import { statedLevel } from './stated-level';
import { wholeWords } from './words';

// Phrases that report the whole service unavailable (CONTRACT section 6), both languages.
const downPhrases = [
  'bloccante',
  'bloccato',
  'bloccata',
  'bloccati',
  'bloccate',
  'tutto bloccato',
  'non raggiungibile',
  'irraggiungibile',
  'non è raggiungibile',
  'non sono raggiungibili',
  'non funziona più niente',
  'non funziona più nulla',
  'non funziona niente',
  'non funziona nulla',
  'non disponibile',
  'non è disponibile',
  'indisponibile',
  'inaccessibile',
  'non accessibile',
  'fuori servizio',
  'servizio interrotto',
  'sito fermo',
  'piattaforma ferma',
  'è fermo',
  'è ferma',
  'down',
  'blocking',
  'blocked',
  'unavailable',
  'unreachable',
  'not reachable',
  'inaccessible',
  'not accessible',
  'outage',
  'nothing works',
  'not working at all',
  'out of service',
];

const downWords = wholeWords(downPhrases);
const negatedDown = twinned(
  `(?<![\\p{L}\\p{N}_-])(?:non|not|no|isn't|is\\s+not|non\\s+è)\\s+(?:${downPhrases
    .filter((p) => !/^(non|not)\s/.test(p))
    .map((p) => p.replace(/\s+/g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}_-])`,
  'giu',
);

// "Your message was blocked", "the sender has been blocked as spam": a mail filter's report, or a
// customer quoting one, speaks of a message or an address that was blocked, not of a service
// that is down. The passive "blocked" and "blocked as/for/by" are taken out before the check
// (the customer's "the site is blocked" or "we are blocked" still counts).
const blockedMessage = twinned(
  /(?<![\p{L}])(?:(?:was|were|been|got|get|gets|being)\s+blocked|blocked\s+(?:as|for|by|because)|blocked\s+(?:message|e-?mail|mail|sender|address|ip))(?![\p{L}])/giu,
);

/**
 * True when the text reports the whole service down, blocked or unavailable (negations excluded).
 * Text with no down phrase at all is answered at once: what the two patterns take out always holds
 * one ("not down", "was blocked" followed by a blank), and a blank put in its place cannot make a
 * phrase where the text had none (test/lib/intake/urgency-impact.test.ts checks both answers
 * agree), so most requests never compile them (~4 ms of CPU in a cold start).
 */
export function reportsServiceDown(text: string): boolean {
  if (!downWords.test(text)) return false;
  const withoutNegations = text.replace(negatedDown.for(text), ' ');
  const withoutBlocked = withoutNegations.replace(blockedMessage.for(withoutNegations), ' ');
  return downWords.test(withoutBlocked);
}

/** The three patterns reportsServiceDown reads, for the tests that check its shortcut. */
export const SERVICE_DOWN_PATTERNS = { downWords, negatedDown, blockedMessage } as const;

/** Impact from a stated "Impatto:/Impact:" line, else high when the service is reported down, else medium. */
export function readImpact(subject: string, ownWords: string): Level {
  const stated = statedLevel(ownWords, 'impact');
  if (stated) return stated;
  return reportsServiceDown(`${subject}\n${ownWords}`) ? 'high' : 'medium';
}
