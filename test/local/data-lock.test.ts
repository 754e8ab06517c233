import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataDir } from '../../local/data-lock';

describe('lockDataDir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a folder a running process holds, naming it', async () => {
    // This test's own process is alive: a claim in its name belongs to a running desk.
    await writeFile(join(dir, 'desk.pid'), `${process.pid}\n`);
    await expect(lockDataDir(dir, process.pid + 1)).rejects.toThrow(
      `another local desk (pid ${process.pid}) is using ${dir}`,
    );
  });

  it('takes over a claim left by a process that has ended', async () => {
    await writeFile(join(dir, 'desk.pid'), '999999999\n');
    const release = await lockDataDir(dir, 4242);
    expect(await readFile(join(dir, 'desk.pid'), 'utf8')).toBe('4242\n');
    await release();
    await expect(readFile(join(dir, 'desk.pid'), 'utf8')).rejects.toThrow();
  });
});
