import type { EldDatabase } from './eld-core';

/**
 * eld's n-gram databases, cut down to the languages the desk writes in. Used at build time by
 * generate.ts and by the tests that check the shipped database against the installed eld; never
 * at run time, where eld's full small database costs 1.6 MB of bundle and ~250 ms of module
 * initialisation for 58 languages the desk never answers in.
 */

/** The database eld ships for `size` (extrasmall, small, medium, large), read from the installed package. */
export async function installedEldDatabase(size: string): Promise<EldDatabase> {
  // eld exports only its preloaded entries; each sits next to the ngrams folder it loads from.
  const entry = import.meta.resolve(`eld/${size}`);
  const module: { ngramsData: EldDatabase } = await import(new URL(`../ngrams/${size}.js`, entry).href);
  return module.ngramsData;
}

/**
 * The n-grams that score any of `languages`, with only those scores. The language list stays
 * whole: eld sizes its score array by the number of languages and indexes it by the original
 * language numbers, so a shortened list (as eld's own saveSubset writes) detects nothing.
 */
export function eldSubset(database: EldDatabase, languages: readonly string[]): EldDatabase {
  const keep = Object.keys(database.languages).filter((index) =>
    languages.includes(database.languages[index]!),
  );
  const ngrams: Record<string, Record<string, number>> = {};
  for (const [ngram, scores] of Object.entries(database.ngrams)) {
    const kept = Object.fromEntries(
      keep.filter((index) => index in scores).map((index) => [index, scores[index]!]),
    );
    if (Object.keys(kept).length > 0) ngrams[ngram] = kept;
  }
  return { type: database.type, languages: database.languages, isSubset: true, ngrams };
}

/** The database as the shipped JSON file: one n-gram a line, laid out as Biome formats JSON. */
export function eldDatabaseJson(database: EldDatabase): string {
  const indented = (value: unknown): string => JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
  const inline = (scores: Readonly<Record<string, number>>): string =>
    `{ ${Object.entries(scores)
      .map(([index, score]) => `${JSON.stringify(index)}: ${score}`)
      .join(', ')} }`;
  const ngrams = Object.entries(database.ngrams).map(
    ([ngram, scores]) => `    ${JSON.stringify(ngram)}: ${inline(scores)}`,
  );
  return [
    '{',
    `  "type": ${JSON.stringify(database.type)},`,
    `  "languages": ${indented(database.languages)},`,
    `  "isSubset": ${database.isSubset === true},`,
    '  "ngrams": {',
    ngrams.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}
