import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importBundledFixture } from './support/bundled-fixture';

const out = mkdtempSync(join(tmpdir(), 'support-desk-tables-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the decoding tables shipped beside a bundle', () => {
  it('decode a GBK message in the bundled mail parser', async () => {
    const bundle = await importBundledFixture<{ handler: () => Promise<string> }>('gbk-decoder.ts', out);
    expect(await bundle.module.handler()).toBe('你好');
  }, 60_000);
});
