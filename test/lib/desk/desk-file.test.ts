import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DESK_FILE, DeskConfigError, defaultDesk } from '../../../lib/desk';
import { DeskFileUnreadableError, loadDeskFile } from '../../../lib/desk/desk-file';

const dir = mkdtempSync(join(tmpdir(), 'desk-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadDeskFile, the one reader of desk files', () => {
  it("is the embedded default desk without a path, with the default's JSON as its text", () => {
    const loaded = loadDeskFile(undefined, dir);
    expect(loaded.desk).toBe(defaultDesk());
    expect(JSON.parse(loaded.json)).toEqual(DEFAULT_DESK_FILE);
    expect(loaded.source).toBe('embedded default desk (support@example.com)');
  });

  it('reads a path relative to the base folder and keeps the text as written', () => {
    const text = JSON.stringify({ ...DEFAULT_DESK_FILE, name: 'relative' }, null, 4);
    writeFileSync(join(dir, 'desk.json'), text);
    const loaded = loadDeskFile('desk.json', dir);
    expect(loaded).toMatchObject({ json: text, source: 'desk.json' });
    expect(loaded.desk.supportAddresses).toEqual(['support@example.com']);
  });

  it('says which file it cannot read, and why, for each runtime to word', () => {
    const failure = (() => {
      try {
        return loadDeskFile('missing.json', dir);
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(DeskFileUnreadableError);
    expect(failure).toMatchObject({
      path: 'missing.json',
      fullPath: join(dir, 'missing.json'),
      code: 'ENOENT',
    });
  });

  it('names the file and the field of a desk that does not validate', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...DEFAULT_DESK_FILE, supportAddresses: [] }));
    expect(() => loadDeskFile(join(dir, 'bad.json'), '/')).toThrow(DeskConfigError);
    expect(() => loadDeskFile(join(dir, 'bad.json'), '/')).toThrow(/bad\.json: supportAddresses/);
  });
});
