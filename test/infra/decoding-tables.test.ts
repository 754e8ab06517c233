import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE, nodejsBundling } from '../../infra/bundling';

const out = mkdtempSync(join(tmpdir(), 'support-desk-tables-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Bundles the fixture with the functions' esbuild settings and runs the stack's copy commands. */
async function bundleLikeTheStack(): Promise<string> {
  const outfile = join(out, 'index.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'fixtures', 'gbk-decoder.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: BUNDLE.format,
    target: BUNDLE.target,
    mainFields: [...BUNDLE.mainFields],
    external: [...BUNDLE.external],
    banner: { js: BUNDLE.banner },
  });
  for (const command of nodejsBundling(undefined).commandHooks?.afterBundling(out, out) ?? []) {
    execSync(command);
  }
  return outfile;
}

describe('the decoding tables shipped beside a bundle', () => {
  it('decode a GBK message in the bundled mail parser', async () => {
    const bundle: { handler: () => Promise<string> } = await import(
      pathToFileURL(await bundleLikeTheStack()).href
    );
    expect(await bundle.handler()).toBe('你好');
  }, 60_000);
});
