// Stands in for linkify-it inside the Lambda bundles (BUNDLE.alias in ../bundling.ts).
// mailparser builds a link finder with the full top-level-domain list when it is imported, but
// uses it only to turn plain text into HTML, which parseMail switches off (skipTextToHtml,
// skipTextLinks). Left in, linkify-it, the TLD list and html-to-text (beside this file) made up
// 0.22 MB of the ingest bundle and about 20 ms of every cold start, for code that never runs.
// The configuration calls mailparser makes at import are accepted; finding a link throws.

import { LeftOutOfBundleError } from './left-out-error';

/** The part of linkify-it's API that mailparser touches. */
export interface LinkFinder {
  tlds(list: unknown, keepOld?: boolean): LinkFinder;
  add(schema: string, definition: unknown): LinkFinder;
  set(options: unknown): LinkFinder;
  test(text: string): never;
  pretest(text: string): never;
  match(text: string): never;
}

function refuse(): never {
  throw new LeftOutOfBundleError('linkify-it', 'parseMail must keep skipTextToHtml and skipTextLinks');
}

export default function linkifyIt(): LinkFinder {
  const finder: LinkFinder = {
    tlds: () => finder,
    add: () => finder,
    set: () => finder,
    test: refuse,
    pretest: refuse,
    match: refuse,
  };
  return finder;
}
