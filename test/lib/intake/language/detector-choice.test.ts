import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../../lib/desk';
import type { Language } from '../../../../lib/domain/vocabulary';
import { detectLanguage } from '../../../../lib/intake';
import { chosenDetector, type LanguageDetector } from '../../../../lib/intake/language';
import { eldDetector } from '../../../../lib/intake/language/eld-detector';
import { tinyldDetector } from '../../../../lib/intake/language/tinyld-detector';

const fixtures = join(import.meta.dirname, '../../../fixtures');
const short = JSON.parse(readFileSync(join(fixtures, 'language/short-emails.json'), 'utf8')) as [
  Language,
  string,
][];
const desk = defaultDesk();

function accuracy(detector: LanguageDetector): number {
  const right = short.filter(
    ([language, text]) => detectLanguage('', text, desk, detector) === language,
  ).length;
  return right / short.length;
}

describe('the language detector the desk uses', () => {
  it('is eld, the more accurate of the two on short emails', () => {
    expect(chosenDetector).toBe(eldDetector);
    expect(accuracy(eldDetector)).toBeGreaterThan(accuracy(tinyldDetector));
  });

  it('gets at least 95 % of the short emails right', () => {
    expect(accuracy(chosenDetector)).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['Il sito non funziona', 'it'],
    ['The site is down', 'en'],
    ['', 'it'],
    ['👍 12345', 'it'],
  ] as const)('reads %j as %s (falling back to the desk language when unsure)', (text, language) => {
    expect(detectLanguage('', text, desk)).toBe(language);
  });
});
