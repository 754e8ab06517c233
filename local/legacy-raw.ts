import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Moves raw mail an earlier version of the local desk kept in a folder (`.data/raw/<messageId>`)
 * into the S3 peer, so that messages still pending in the journal can be read when replayed.
 * Each file goes only once stored; the folder goes when empty. Nothing to do without the folder.
 */
export async function moveLegacyRawMail(
  dir: string,
  store: (messageId: string, copy: Uint8Array) => Promise<void>,
): Promise<number> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (names === null) return 0;
  let moved = 0;
  for (const name of names) {
    const file = join(dir, name);
    // A `.part` file is a write the old desk never finished: no event names it.
    if (!name.endsWith('.part')) {
      await store(name, await readFile(file));
      moved += 1;
    }
    await rm(file, { force: true });
  }
  await rm(dir, { recursive: true, force: true });
  return moved;
}
