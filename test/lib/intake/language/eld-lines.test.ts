import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELD_SMALL_IT_EN_JSON } from '../../../../lib/intake/language/data/eld-small-it-en';
import type { EldDatabase } from '../../../../lib/intake/language/eld-core';
import { eldDatabaseJson } from '../../../../lib/intake/language/eld-database';
import { eldDatabaseByLookup } from '../../../../lib/intake/language/eld-lines';

const parsed = JSON.parse(ELD_SMALL_IT_EN_JSON) as EldDatabase;
const ngramKeys = Object.keys(parsed.ngrams);

function byLookup(json: string): EldDatabase {
  const database = eldDatabaseByLookup(json);
  if (!database) throw new Error('not readable by lookup');
  return database;
}

describe('eldDatabaseByLookup', () => {
  it('finds every n-gram of the shipped database with its scores, and its type and languages', () => {
    const database = byLookup(ELD_SMALL_IT_EN_JSON);
    expect(ngramKeys.length).toBeGreaterThan(5000);
    for (const ngram of ngramKeys) expect(database.ngrams[ngram]).toEqual(parsed.ngrams[ngram]);
    expect({ type: database.type, languages: database.languages, isSubset: database.isSubset }).toEqual({
      type: parsed.type,
      languages: parsed.languages,
      isSubset: parsed.isSubset,
    });
  });

  it('finds nothing for a string that is not one of its n-grams, whatever it is', () => {
    const database = byLookup(ELD_SMALL_IT_EN_JSON);
    const known = new Set(ngramKeys);
    // Neighbours of real keys (one character changed or cut) probe every branch of the search.
    const near = fc
      .tuple(fc.constantFrom(...ngramKeys), fc.nat(), fc.string({ minLength: 0, maxLength: 2 }))
      .map(
        ([key, at, insert]) =>
          key.slice(0, at % (key.length + 1)) + insert + key.slice((at % (key.length + 1)) + 1),
      );
    fc.assert(
      fc.property(
        fc.oneof(near, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 })),
        (text) => {
          expect(database.ngrams[text]).toEqual(known.has(text) ? parsed.ngrams[text] : undefined);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('finds the first and the last n-gram of a table, and nothing outside a one-line table', () => {
    const table = (ngrams: EldDatabase['ngrams']) =>
      byLookup(eldDatabaseJson({ type: 'S60', languages: { '0': 'it', '1': 'en' }, isSubset: true, ngrams }));
    const three = table({ b: { '0': 1 }, a: { '1': 2 }, c: { '0': 3, '1': 4 } });
    expect([three.ngrams.a, three.ngrams.b, three.ngrams.c, three.ngrams[' '], three.ngrams.d]).toEqual([
      { '1': 2 },
      { '0': 1 },
      { '0': 3, '1': 4 },
      undefined,
      undefined,
    ]);
    const one = table({ m: { '0': 5 } });
    expect([one.ngrams.a, one.ngrams.m, one.ngrams.z]).toEqual([undefined, { '0': 5 }, undefined]);
    expect(table({}).ngrams.a).toBeUndefined();
  });

  it('declines a text whose n-grams need escapes, or that is not laid out one n-gram a line', () => {
    const escaped = eldDatabaseJson({ type: 'S60', languages: { '0': 'it' }, ngrams: { 'a"b': { '0': 1 } } });
    expect(eldDatabaseByLookup(escaped)).toBeUndefined();
    expect(eldDatabaseByLookup(JSON.stringify(parsed))).toBeUndefined();
  });

  it('reads a shipped text whose n-gram lines are sorted, as the lookup needs', () => {
    const lines = ELD_SMALL_IT_EN_JSON.split('\n').slice(1, -1);
    const keys = lines.map((line) => Object.keys(JSON.parse(`{${line.replace(/,$/, '')}}`) as object)[0]);
    expect(keys).toEqual(ngramKeys);
    expect(keys.every((key, i) => i === 0 || keys[i - 1]! < key!)).toBe(true);
  });
});
