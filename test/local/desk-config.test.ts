import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DESK_FILE, DeskConfigError, defaultDesk } from '../../lib/desk';
import { loadDesk } from '../../local/desk-config';
import { LocalSettingError } from '../../local/errors';

/** What `run` threw (it must throw). */
function attempt(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe("loadDesk, the local desk's", () => {
  let cwd: string;
  beforeEach(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'desk-config-'));
  });
  afterEach(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('is the embedded default desk when DESK_CONFIG_PATH is unset, and says so', () => {
    const loaded = loadDesk(undefined, cwd);
    expect(loaded.desk.supportAddresses).toEqual(defaultDesk().supportAddresses);
    expect(loaded.source).toBe('embedded default desk (support@example.com)');
    expect(JSON.parse(loaded.json)).toEqual(DEFAULT_DESK_FILE);
  });

  it('reads a path relative to the working directory, keeping its text', async () => {
    const text = await readFile(
      join(import.meta.dirname, '..', '..', 'examples', 'desks', 'two-regions.json'),
      'utf8',
    );
    await writeFile(join(cwd, 'desk.json'), text);
    const loaded = loadDesk('desk.json', cwd);
    expect([...loaded.desk.calendars.keys()].sort()).toEqual(['america', 'europe']);
    expect(loaded.source).toBe('desk.json');
    expect(loaded.json).toBe(text);
  });

  it('fails in one line naming the variable and the value it cannot read', () => {
    const failure = attempt(() => loadDesk('missing.json', cwd));
    expect(failure).toBeInstanceOf(LocalSettingError);
    expect((failure as Error).message).toBe(
      'DESK_CONFIG_PATH="missing.json": expected a readable desk JSON file',
    );
  });

  it('names the file when it is not JSON', async () => {
    await writeFile(join(cwd, 'broken.json'), '{ "fromAddress": ');
    const failure = attempt(() => loadDesk('broken.json', cwd));
    expect(failure).toBeInstanceOf(DeskConfigError);
    expect((failure as Error).message).toMatch(/^broken\.json: \(root\): not valid JSON \(/);
  });
});
