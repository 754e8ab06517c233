import { wholeWords } from '../words';
import type { FieldDetector } from './field-input';

// Unambiguous names match in any case; names that are also common words ("opera" is
// Italian for "work", "edge", "brave") only when written as names.
const anyCase = wholeWords([
  'chrome',
  'google chrome',
  'firefox',
  'mozilla firefox',
  'safari',
  'chromium',
  'internet explorer',
  'samsung internet',
  'vivaldi',
  'msie',
  'ie11',
  'ie 11',
  'yandex browser',
  'duckduckgo browser',
  'arc browser',
  'microsoft edge',
  'ms edge',
  'opera browser',
  'opera gx',
  'brave browser',
  'tor browser',
  'uc browser',
]);
const asNames = wholeWords(['Edge', 'Opera', 'Brave', 'IE'], 'u');
const userAgent = /\bMozilla\/\d\.\d\s*\(|\b(AppleWebKit|Gecko|Trident)\/\d/;

/** A browser's name or a User-Agent string; the word "browser" alone is not one. */
export const hasBrowser: FieldDetector = ({ ownWords }) =>
  anyCase.test(ownWords) || asNames.test(ownWords) || userAgent.test(ownWords);
