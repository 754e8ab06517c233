import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleLikeTheStack } from '../../../infra/bundle-locally';
import { PROJECT_ROOT } from '../../../infra/bundling';

const out = mkdtempSync(join(tmpdir(), 'support-desk-regexp-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * Whether a pattern matched once in a fresh process that imported `file` (nothing, if absent)
 * was compiled to V8's regexp bytecode and to machine code (V8's own test natives).
 */
function compiledForms(file?: string): { bytecode: boolean; native: boolean } {
  const script = [
    file === undefined ? '' : `await import(${JSON.stringify(pathToFileURL(file).href)});`,
    "const pattern = /(?<![\\p{L}\\p{N}_-])(?:urgente|urgent)(?![\\p{L}\\p{N}_-])/iu; pattern.test('molto urgente');",
    'console.log(JSON.stringify({ bytecode: %RegexpHasBytecode(pattern, true), native: %RegexpHasNativeCode(pattern, true) }));',
  ].join('\n');
  const stdout = execFileSync(
    process.execPath,
    ['--allow-natives-syntax', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  return JSON.parse(stdout) as { bytecode: boolean; native: boolean };
}

describe('regular expressions in the ingest function', () => {
  it('are compiled by V8 in two steps, bytecode first, in a process that does not ask otherwise', () => {
    expect(compiledForms()).toEqual({ bytecode: true, native: true });
  });

  it('are compiled straight to machine code once the bundle, built as the stack builds it, is imported', async () => {
    const entry = join(PROJECT_ROOT, 'functions', 'ingest-email', 'index.ts');
    const { file } = await bundleLikeTheStack(entry, out);
    expect(compiledForms(file)).toEqual({ bytecode: false, native: true });
  }, 60_000);
});
