import type { EldDatabase } from './eld-core';

// The shipped database is JSON text with one n-gram a line, the lines sorted by n-gram
// (eld-database.ts, eldDatabaseJson). A detection reads a few hundred of its ~7,000 n-grams, so
// the first detections of a process look each one up in the text by binary search instead of
// paying for JSON.parse of all of it (~9 ms of CPU under Node 24 on a slow day, the largest
// piece of a cold start's first event).

type Scores = Readonly<Record<string, number>>;

const NGRAMS_OPENING = ',"ngrams":{\n';
const NGRAMS_CLOSING = '\n}}';

/**
 * The database with its n-grams read from `json` on lookup, or undefined when the text is not
 * laid out for it (an escape in an n-gram, or no line layout): the caller then parses it whole.
 */
export function eldDatabaseByLookup(json: string): EldDatabase | undefined {
  const opening = json.indexOf(NGRAMS_OPENING);
  const closing = json.lastIndexOf(NGRAMS_CLOSING);
  // Keys are compared as they are written, which holds only for keys written without escapes.
  if (opening < 0 || closing < opening || json.includes('\\')) return undefined;
  const head = JSON.parse(`${json.slice(0, opening)}}`) as Omit<EldDatabase, 'ngrams'>;
  const first = opening + NGRAMS_OPENING.length;
  // With no n-gram, the closing newline is the one right after the opening.
  const find = sortedLineFinder(json, first, closing > first ? closing + 1 : first);
  const seen = new Map<string, Scores | undefined>();
  const ngrams = new Proxy<Record<string, Scores>>(
    {},
    {
      get(_target, ngram) {
        if (typeof ngram !== 'string') return undefined;
        if (seen.has(ngram)) return seen.get(ngram);
        const scores = find(ngram);
        seen.set(ngram, scores);
        return scores;
      },
    },
  );
  return { ...head, ngrams };
}

/**
 * Binary search over the lines `"ngram":{scores}` in json[first, end): `first` starts a line (a
 * newline precedes it) and every line, the last included, ends with a newline. Each probe takes
 * the line holding the middle character of the range, so no index of line starts is built.
 */
function sortedLineFinder(json: string, first: number, end: number): (ngram: string) => Scores | undefined {
  return (ngram) => {
    let low = first;
    let high = end;
    while (low < high) {
      // The line holding the middle character: it starts at or after `low`, before `high`.
      const start = json.lastIndexOf('\n', low + ((high - low) >> 1) - 1) + 1;
      const keyEnd = json.indexOf('"', start + 1);
      const key = json.slice(start + 1, keyEnd);
      if (key === ngram) return JSON.parse(json.slice(keyEnd + 2, json.indexOf('}', keyEnd) + 1)) as Scores;
      if (key < ngram) low = json.indexOf('\n', keyEnd) + 1;
      else high = start;
    }
    return undefined;
  };
}
