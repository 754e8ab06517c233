import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleLikeTheStack } from '../../infra/bundle-locally';

const out = mkdtempSync(join(tmpdir(), 'support-desk-tables-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the decoding tables shipped beside a bundle', () => {
  it('decode a GBK message in the bundled mail parser', async () => {
    const bundle: { handler: () => Promise<string> } = await import(
      pathToFileURL(
        (await bundleLikeTheStack(join(import.meta.dirname, 'fixtures', 'gbk-decoder.ts'), out)).file,
      ).href
    );
    expect(await bundle.handler()).toBe('你好');
  }, 60_000);
});
