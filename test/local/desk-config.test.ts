import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskConfigError, defaultDesk } from '../../lib/desk';
import { loadDesk } from '../../local/desk-config';
import { LocalSettingError } from '../../local/errors';

describe("loadDesk, the local desk's", () => {
  let cwd: string;
  beforeEach(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'desk-config-'));
  });
  afterEach(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('is the embedded default desk when DESK_CONFIG_PATH is unset, and says so', async () => {
    const loaded = await loadDesk(undefined, cwd);
    expect(loaded.desk.supportAddresses).toEqual(defaultDesk().supportAddresses);
    expect(loaded.source).toBe('embedded default desk (support@example.com)');
  });

  it('reads a path relative to the working directory', async () => {
    const example = join(import.meta.dirname, '..', '..', 'examples', 'desks', 'two-regions.json');
    const loaded = await loadDesk(example, cwd);
    expect([...loaded.desk.calendars.keys()].sort()).toEqual(['america', 'europe']);
    expect(loaded.source).toBe(example);
  });

  it('fails in one line naming the variable and the value it cannot read', async () => {
    const failure = await loadDesk('missing.json', cwd).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LocalSettingError);
    expect((failure as Error).message).toBe(
      'DESK_CONFIG_PATH="missing.json": expected a readable desk JSON file',
    );
  });

  it('names the file when it is not JSON', async () => {
    await writeFile(join(cwd, 'broken.json'), '{ "fromAddress": ');
    const failure = await loadDesk('broken.json', cwd).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DeskConfigError);
    expect((failure as Error).message).toMatch(/^broken\.json: \(root\): not valid JSON \(/);
  });
});
