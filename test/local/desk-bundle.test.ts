import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskEntries, keyOf } from '../../local/desk-bundle.mjs';

describe("the local desk's bundles", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'desk-bundle-'));
    await writeFile(join(root, 'a.ts'), 'export const a = 1;\n');
    await writeFile(join(root, 'b.ts'), 'export const b = 2;\n');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keys a build by every input: the same files give the same key, an edit, a new esbuild or a missing file another', async () => {
    const key = keyOf(root, ['a.ts', 'b.ts'], '0.28.2');
    expect(keyOf(root, ['b.ts', 'a.ts'], '0.28.2')).toBe(key);
    expect(keyOf(root, ['a.ts', 'b.ts'], '0.28.3')).not.toBe(key);
    expect(keyOf(root, ['a.ts', 'b.ts', 'c.ts'], '0.28.2')).not.toBe(key);
    await writeFile(join(root, 'b.ts'), 'export const b = 3;\n');
    expect(keyOf(root, ['a.ts', 'b.ts'], '0.28.2')).not.toBe(key);
  });

  it('reuses the bundles while no source changed, as plain JavaScript under node_modules/.cache', () => {
    const first = deskEntries();
    const second = deskEntries();
    expect(first.viaTsx).toBe(false);
    expect(second.desk.href).toBe(first.desk.href);
    expect(first.desk.pathname).toMatch(
      /\/node_modules\/\.cache\/support-desk\/local-desk\/[0-9a-f]{16}\/desk-main\.js$/,
    );
    expect(first.peerWorker).toEqual({ url: expect.any(URL), plainJavaScript: true });
  });
});
