import { readFileSync } from 'node:fs';

// The Lambda bundles' `#eld-table` (BUNDLE.alias in ../bundling.ts): eld's table read from the file
// the after-bundling hook writes beside the bundle (infra/eld-table-beside.mjs), on the first
// detection, instead of carried in the bundle as a literal that every cold start reads and compiles.

/** The file's name beside the bundle. */
export const ELD_TABLE_FILE = 'eld-small-it-en.json';

let text: string | undefined;

/** The table's JSON text, read once. */
export function eldTableText(): string {
  // Bundled, import.meta.url is the bundle's own: the file is beside it.
  text ??= readFileSync(new URL(`./${ELD_TABLE_FILE}`, import.meta.url), 'utf8');
  return text;
}
