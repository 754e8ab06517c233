import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalDeskError } from './errors';

/** Another running local desk already uses this data folder. */
export class DataDirInUseError extends LocalDeskError {
  override readonly name = 'DataDirInUseError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`another local desk (pid ${pid}) is using ${dataDir}; stop it or set DATA_DIR to another folder`);
  }
}

/**
 * Claims the data folder for this process (`desk.pid`, created exclusively): LevelDB allows one
 * process per folder and would otherwise fail later with a stack trace. A claim left by a
 * process that no longer runs is taken over. Resolves with the release function.
 */
export async function lockDataDir(dataDir: string, pid: number): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, 'desk.pid');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${pid}\n`);
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && holder !== pid && isRunning(holder))
        throw new DataDirInUseError(dataDir, holder);
      await rm(file, { force: true });
    }
  }
  throw new DataDirInUseError(dataDir, Number.NaN);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
