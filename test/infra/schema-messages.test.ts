import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleLikeTheStack } from '../../infra/bundle-locally';

const out = mkdtempSync(join(tmpdir(), 'support-desk-messages-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** What the fixture prints, bundled as the stack bundles the functions and run in a process of its own. */
async function bundledMessages(): Promise<string[]> {
  const { file } = await bundleLikeTheStack(join(import.meta.dirname, 'fixtures', 'schema-messages.ts'), out);
  // Not imported here: in this process another copy of zod may have registered a locale already.
  return JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as string[];
}

describe('validation messages in a bundled function', () => {
  // zod/mini registers no locale of its own: without lib/zod-mini's English every one would read
  // "Invalid input".
  it("quote zod's English messages, as the desk, calendar and event errors promise", async () => {
    expect(await bundledMessages()).toEqual([
      'invalid SES event: Records: Too small: expected array to have >=1 items',
      'invalid reminder payload: kind: Invalid option: expected one of "take-charge-warning"|"take-charge-due"|"resolution-warning"|"resolution-due"|"awaiting-info"|"awaiting-customer"',
      'cal.json: (top level) = ["09:00-18:00"]: expected object, received array',
      'desk.json: warningRatio: Too big: expected number to be <1 (found 2)',
      '(root): Invalid input: expected object, received null',
      'id: Invalid input: expected string, received undefined',
    ]);
  }, 60_000);
});
