import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectReader } from '../../lib/aws/s3-object-reader';
import { PortUnavailableError } from '../../local/errors';
import { LOCAL_KEYS, LOCAL_RAW_BUCKET, startS3Peer } from '../../local/s3-peer';
import { LOCAL_REGION } from '../../local/settings';

describe('the local S3 peer (s3rver)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 's3-peer-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const reader = (endpoint: string) =>
    new S3ObjectReader({
      region: LOCAL_REGION,
      credentials: LOCAL_KEYS,
      endpoint: new URL(endpoint),
      now: Date.now,
      sleep: async () => {},
    });

  it('keeps raw mail across a restart on the same folder', async () => {
    const first = await startS3Peer(0, dir);
    await first.put('inbound/ses-1', new TextEncoder().encode('Subject: kept\r\n\r\nbody'));
    await first.stop();
    const second = await startS3Peer(0, dir);
    const start = await reader(second.endpoint).readStart(LOCAL_RAW_BUCKET, 'inbound/ses-1', 1024);
    await second.stop();
    expect(new TextDecoder().decode(start.bytes)).toBe('Subject: kept\r\n\r\nbody');
  });

  it('fails with one line naming the peer and the port when the port is taken', async () => {
    const first = await startS3Peer(0, dir);
    const failure = await startS3Peer(first.port, join(dir, 'other')).catch((e: unknown) => e);
    await first.stop();
    expect(failure).toBeInstanceOf(PortUnavailableError);
    expect((failure as Error).message).toContain('S3 (s3rver)');
    expect((failure as Error).message).toContain(String(first.port));
    expect((failure as Error).message).not.toContain('\n');
  });
});
