import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eld as eldSmall } from 'eld/small';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../../lib/desk';
import { LANGUAGES } from '../../../../lib/domain/vocabulary';
import { baseSubject, detectLanguage } from '../../../../lib/intake';
import type { LanguageDetector } from '../../../../lib/intake/language';
import { ELD_SMALL_IT_EN_JSON } from '../../../../lib/intake/language/data/eld-small-it-en';
import { createEld, type EldInstance } from '../../../../lib/intake/language/eld-core';
import {
  eldDatabaseModule,
  eldSubset,
  installedEldDatabase,
} from '../../../../lib/intake/language/eld-database';
import { eldDetector } from '../../../../lib/intake/language/eld-detector';
import { eldDatabaseByLookup } from '../../../../lib/intake/language/eld-lines';
import { SHIPPED_ELD_DATABASE } from '../../../../lib/intake/language/shipped';
import { parseMail } from '../../../../lib/mail';

const languageDir = join(import.meta.dirname, '../../../../lib/intake/language');
const fixtures = join(import.meta.dirname, '../../../fixtures');
const shippedText = readFileSync(join(languageDir, SHIPPED_ELD_DATABASE.file), 'utf8');
const shortEmails = (
  JSON.parse(readFileSync(join(fixtures, 'language/short-emails.json'), 'utf8')) as [string, string][]
).map(([, text]) => text);

/** The texts the desk gives the detector for each fixture message: subject and own words. */
async function fixtureTexts(): Promise<string[]> {
  const dir = join(fixtures, 'intake');
  const texts: string[] = [];
  const recorder: LanguageDetector = (text) => {
    texts.push(text);
    return null;
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
    const message = await parseMail(new Uint8Array(readFileSync(join(dir, file))));
    detectLanguage(baseSubject(message.subject), message.ownWords, defaultDesk(), recorder);
  }
  return texts;
}

function shippedEld(read: 'parsed' | 'by lookup'): EldInstance {
  const eld = createEld();
  const database =
    read === 'parsed' ? JSON.parse(ELD_SMALL_IT_EN_JSON) : eldDatabaseByLookup(ELD_SMALL_IT_EN_JSON);
  if (!database) throw new Error('the shipped database cannot be read by lookup');
  eld.loadData(database);
  eld.instance.setLanguageSubset([...LANGUAGES]);
  return eld.instance;
}

function fullEld(): EldInstance {
  const instance = eldSmall.newInstance();
  instance.setLanguageSubset([...LANGUAGES]);
  return instance;
}

const answer = (instance: EldInstance, text: string) => {
  const result = instance.detect(text);
  return { language: result.language, reliable: result.isReliable(), scores: result.getScores() };
};

const words = [
  ...shortEmails.flatMap((text) => text.split(' ')),
  ...[
    'Bonjour',
    'merci',
    'Guten',
    'Tag',
    'hola',
    'gracias',
    'Привет',
    'こんにちは',
    'ação',
    'ß',
    '😀',
    '1234',
  ],
];

describe('the language database the desk ships (else run generate.ts)', () => {
  it("is eld's installed small database cut down to the desk's languages, byte for byte", async () => {
    const full = await installedEldDatabase(SHIPPED_ELD_DATABASE.size);
    expect(shippedText).toBe(eldDatabaseModule(eldSubset(full, LANGUAGES), SHIPPED_ELD_DATABASE.exportName));
  });

  it('keeps every n-gram scoring Italian or English, and only those scores', async () => {
    const full = await installedEldDatabase(SHIPPED_ELD_DATABASE.size);
    const shipped = JSON.parse(ELD_SMALL_IT_EN_JSON) as typeof full;
    const itEn = Object.keys(full.languages).filter((i) => ['it', 'en'].includes(full.languages[i]!));
    const expected = Object.entries(full.ngrams).filter(([, scores]) => itEn.some((i) => i in scores));
    expect(Object.keys(shipped.ngrams)).toHaveLength(expected.length);
    for (const [ngram, scores] of expected) {
      expect(shipped.ngrams[ngram]).toEqual(
        Object.fromEntries(itEn.filter((i) => i in scores).map((i) => [i, scores[i]])),
      );
    }
  });

  it('is a small part of the full database', async () => {
    const full = await installedEldDatabase(SHIPPED_ELD_DATABASE.size);
    expect(ELD_SMALL_IT_EN_JSON.length).toBeLessThan(JSON.stringify(full).length / 5);
  });
});

describe('eldDatabaseModule', () => {
  it('writes n-grams with backticks, ${ and backslashes so that the module reads back the same database', async () => {
    const database = {
      type: 'S60',
      languages: { '0': 'it', '1': 'en' },
      isSubset: true,
      ngrams: { ' `a`': { '0': 3 }, '${x}': { '1': 4 }, 'a\\b"': { '0': 1, '1': 2 } },
    };
    const source = eldDatabaseModule(database, 'DB');
    const module: { DB: string } = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    expect(JSON.parse(module.DB)).toEqual(database);
  });
});

describe.each(['parsed', 'by lookup'] as const)('eld on the shipped database, %s', (read) => {
  const shipped = shippedEld(read);
  const full = fullEld();

  it.each(shortEmails)('answers %j exactly as eld/small restricted to it and en', (text) => {
    expect(answer(shipped, text)).toEqual(answer(full, text));
  });

  it('answers every fixture message exactly as eld/small restricted to it and en', async () => {
    const texts = await fixtureTexts();
    expect(texts.length).toBeGreaterThanOrEqual(30);
    for (const text of texts) expect(answer(shipped, text)).toEqual(answer(full, text));
  });

  it('answers any mix of words, in any script, exactly as eld/small restricted to it and en', () => {
    const text = fc.oneof(
      fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(' ')),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(answer(shipped, t)).toEqual(answer(full, t));
      }),
      { numRuns: 500 },
    );
  });

  it("is the desk's detector, which gives the same answers as eld/small", () => {
    const reference: LanguageDetector = (text) => {
      const result = full.detect(text);
      return result.isReliable() && (result.language === 'it' || result.language === 'en')
        ? result.language
        : null;
    };
    for (const text of shortEmails) expect(eldDetector(text, LANGUAGES)).toBe(reference(text, LANGUAGES));
  });
});
