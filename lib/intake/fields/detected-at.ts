import { type TwinnedPattern, twinned } from '../latin-twin';
import { wholeWords } from '../words';
import type { FieldDetector } from './field-input';
import { withoutUrls } from './url';

const months =
  '(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|' +
  'gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic|january|february|march|april|may|june|july|august|' +
  'september|october|november|december|jan|jun|jul|aug|sep|sept|oct|dec)\\.?';
const ordinal = '(?:st|nd|rd|th)?';

const patterns: readonly (RegExp | TwinnedPattern)[] = [
  /(?<![\d/.-])\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d/])/,
  /(?<![\d.-])\d{1,2}[.-]\d{1,2}[.-](?:\d{4}|\d{2})(?![\d.-])/,
  /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/,
  twinned(`(?<![\\p{L}\\p{N}])\\d{1,2}${ordinal}\\s+(?:of\\s+)?${months}(?![\\p{L}])`, 'iu'),
  twinned(`(?<![\\p{L}])${months}\\s+\\d{1,2}${ordinal}(?![\\p{L}\\p{N}])`, 'iu'),
  /(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/,
  /\b(?:alle|dalle|verso\s+le|intorno\s+alle|ore|at|around|since|from)\s+(?:ore\s+)?\d{1,2}(?:[.:][0-5]\d)?\b/i,
  twinned(/\b\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu),
  /\b\d+\s+(?:minut[oi]|or[ae]|giorni|minutes?|hours?|days?)\s+(?:fa|ago)\b/i,
];

const relativeDays = wholeWords([
  'oggi',
  'ieri',
  'stamattina',
  'stamani',
  'stamane',
  'stanotte',
  'stasera',
  'altroieri',
  "l'altro ieri",
  'questa mattina',
  'questo pomeriggio',
  'questa notte',
  'questa sera',
  "un'ora fa",
  'poco fa',
  'lunedì',
  'martedì',
  'mercoledì',
  'giovedì',
  'venerdì',
  'sabato',
  'domenica',
  'lunedi',
  'martedi',
  'mercoledi',
  'giovedi',
  'venerdi',
  'today',
  'yesterday',
  'this morning',
  'this afternoon',
  'this evening',
  'tonight',
  'last night',
  'an hour ago',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** A date, a time or a relative day of the problem in the customer's own words (the Date header does not count). */
export const hasDetectedAt: FieldDetector = (input) => {
  const text = withoutUrls(input);
  return relativeDays.test(text) || patterns.some((p) => p.test(text));
};
