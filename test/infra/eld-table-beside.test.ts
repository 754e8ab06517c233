import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleLikeTheStack } from '../../infra/bundle-locally';
import { ELD_TABLE_SCRIPT, PROJECT_ROOT } from '../../infra/bundling';
import { ELD_TABLE_FILE, eldTableOf, writeEldTableBeside } from '../../infra/eld-table-beside.mjs';
import { DEFAULT_ENTRIES } from '../../infra/functions';
import { ELD_TABLE_FILE as READ_FILE } from '../../infra/lazy/eld-table';
import { ELD_SMALL_IT_EN_JSON } from '../../lib/intake/language/data/eld-small-it-en';
import { eldDetector } from '../../lib/intake/language/eld-detector';

const SAMPLES = [
  'Buongiorno, il portale non si apre da stamattina e non riesco a entrare.',
  'Hello, the portal has not opened since this morning and I cannot log in.',
  'Grazie mille per la risposta, attendo vostre notizie.',
  'Thanks a lot for the quick answer, we look forward to hearing from you.',
];

const dir = mkdtempSync(join(tmpdir(), 'support-desk-eld-beside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("eld's table beside the Lambda bundles", () => {
  it('writes exactly the text the sources ship, under the name the bundle reads', () => {
    writeEldTableBeside(dir);
    expect(readFileSync(join(dir, ELD_TABLE_FILE), 'utf8')).toBe(ELD_SMALL_IT_EN_JSON);
    expect(READ_FILE).toBe(ELD_TABLE_FILE);
  });

  it('refuses a generated module that is not one plain template literal, with a one-line error', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the module's text, with a placeholder in it, is the input
    expect(() => eldTableOf('export const T = `a${b}`;')).toThrow(
      /is not one plain template literal; run generate.ts$/,
    );
    expect(() => eldTableOf('export const T = "no template";')).toThrow(/is not one plain template literal/);
    const usage = spawnSync(process.execPath, [ELD_TABLE_SCRIPT], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('usage: node infra/eld-table-beside.mjs <bundle directory>\n');
  });

  it('leaves the table out of the ingest bundle and writes it beside', async () => {
    const out = join(dir, 'ingest');
    const { file } = await bundleLikeTheStack(join(PROJECT_ROOT, DEFAULT_ENTRIES.ingest), out);
    expect(readFileSync(file, 'utf8')).not.toContain('"isSubset":true');
    expect(readFileSync(join(out, ELD_TABLE_FILE), 'utf8')).toBe(ELD_SMALL_IT_EN_JSON);
  }, 60_000);

  it('gives, bundled, the language the sources give, from the file beside the bundle and from nothing else', async () => {
    const out = join(dir, 'detector');
    const { file } = await bundleLikeTheStack(
      join(import.meta.dirname, 'fixtures', 'eld-detector-entry.ts'),
      out,
    );
    const detectAll = `const { eldDetector } = await import(${JSON.stringify(pathToFileURL(file).href)});
      console.log(JSON.stringify(${JSON.stringify(SAMPLES)}.map((text) => eldDetector(text, ['it', 'en']))));`;
    const run = () =>
      spawnSync(process.execPath, ['--input-type=module', '-e', detectAll], { encoding: 'utf8' });
    expect(JSON.parse(run().stdout)).toEqual(SAMPLES.map((text) => eldDetector(text, ['it', 'en'])));
    expect(new Set(SAMPLES.map((text) => eldDetector(text, ['it', 'en'])))).toEqual(new Set(['it', 'en']));
    rmSync(join(out, ELD_TABLE_FILE));
    const without = run();
    expect(without.status).not.toBe(0);
    expect(without.stderr).toContain(ELD_TABLE_FILE);
  }, 60_000);
});
