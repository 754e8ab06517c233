import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RawMessageDir } from '../../../lib/local/raw-message-dir';
import { RawMessageNotFoundError } from '../../../lib/tickets/errors';

describe('RawMessageDir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'raw-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('reads <dir>/<messageId> whole when it is under the limit', async () => {
    await writeFile(join(dir, 'msg-1'), 'Subject: hi\r\n\r\nbody');
    const raw = await new RawMessageDir(dir).read('msg-1', 1000);
    expect(new TextDecoder().decode(raw.bytes)).toBe('Subject: hi\r\n\r\nbody');
    expect(raw).toMatchObject({ size: 19, truncated: false });
  });

  it('reads only the first maxBytes of a larger file and says so', async () => {
    await writeFile(join(dir, 'msg-2'), 'x'.repeat(5000));
    const raw = await new RawMessageDir(dir).read('msg-2', 100);
    expect(raw.bytes.length).toBe(100);
    expect(raw).toMatchObject({ size: 5000, truncated: true });
  });

  it.each(['missing', '../etc/passwd', '.hidden', 'a/b'])('reports %s as not found', async (id) => {
    await expect(new RawMessageDir(dir).read(id, 100)).rejects.toBeInstanceOf(RawMessageNotFoundError);
  });
});
