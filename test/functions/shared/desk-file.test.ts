import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDesk } from '../../../functions/shared/desk-file';
import { ConfigError } from '../../../functions/shared/env';
import { DeskConfigError, defaultDesk } from '../../../lib/desk';

const root = mkdtempSync(join(tmpdir(), 'task-root-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const example = join(import.meta.dirname, '..', '..', '..', 'examples', 'desks', 'two-regions.json');

describe("loadDesk, the functions' desk", () => {
  it('is the embedded default desk when DESK_CONFIG_PATH is unset', () => {
    expect(loadDesk({}).supportAddresses).toEqual(defaultDesk().supportAddresses);
  });

  it('reads a relative DESK_CONFIG_PATH from LAMBDA_TASK_ROOT, where the bundling puts it', () => {
    copyFileSync(example, join(root, 'desk.json'));
    const desk = loadDesk({ DESK_CONFIG_PATH: 'desk.json', LAMBDA_TASK_ROOT: root });
    expect([...desk.calendars.keys()].sort()).toEqual(['america', 'europe']);
  });

  it('fails in one line naming the variable and the file it cannot read', () => {
    const load = () => loadDesk({ DESK_CONFIG_PATH: 'missing.json', LAMBDA_TASK_ROOT: root });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(`DESK_CONFIG_PATH: cannot read desk file ${join(root, 'missing.json')}`);
  });

  it('names the file when it is not JSON', () => {
    writeFileSync(join(root, 'broken.json'), '{ "fromAddress": ');
    const load = () => loadDesk({ DESK_CONFIG_PATH: join(root, 'broken.json') });
    expect(load).toThrow(DeskConfigError);
    expect(load).toThrow(new RegExp(`^${join(root, 'broken.json')}: \\(root\\): not valid JSON \\(`));
  });
});
