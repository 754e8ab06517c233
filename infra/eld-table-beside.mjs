// Writes the desk's eld table beside a Lambda bundle as JSON: `node infra/eld-table-beside.mjs <dir>`,
// run by the after-bundling hook (infra/bundling.ts), where the bundle's `#eld-table`
// (infra/lazy/eld-table.ts) reads it on first use. The text is the generated module's
// (lib/intake/language/data/, one template literal with no escapes or substitutions: generate.ts
// writes it so), so that the bundle and the sources can never ship two tables. Plain JavaScript,
// so that the hook needs no TypeScript loader.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAsHookScript } from './hook-script.mjs';

const GENERATED = fileURLToPath(new URL('../lib/intake/language/data/eld-small-it-en.ts', import.meta.url));
/** Must match ELD_TABLE_FILE in infra/lazy/eld-table.ts (a test checks). */
export const ELD_TABLE_FILE = 'eld-small-it-en.json';

/**
 * The JSON text of the generated module's one template literal.
 *
 * @param {string} moduleText
 * @returns {string}
 */
export function eldTableOf(moduleText) {
  const start = moduleText.indexOf('`');
  const end = moduleText.lastIndexOf('`');
  const text = moduleText.slice(start + 1, end);
  if (start < 0 || end <= start || /[`\\]|\$\{/.test(text)) {
    throw new Error(`eld-table-beside: ${GENERATED} is not one plain template literal; run generate.ts`);
  }
  return text;
}

/**
 * Writes the table into `dir`.
 *
 * @param {string} dir
 */
export function writeEldTableBeside(dir) {
  writeFileSync(join(dir, ELD_TABLE_FILE), eldTableOf(readFileSync(GENERATED, 'utf8')));
}

runAsHookScript(
  import.meta.url,
  'usage: node infra/eld-table-beside.mjs <bundle directory>',
  writeEldTableBeside,
);
