import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ReadError } from '../../../lib/aws/s3-error';
import { S3ObjectReader } from '../../../lib/aws/s3-object-reader';
import { S3RawMessageSource } from '../../../lib/aws/s3-raw-message-source';
import { RawMessageNotFoundError } from '../../../lib/tickets/errors';
import { LOCAL_KEYS, LOCAL_RAW_BUCKET, type S3Peer, startS3Peer } from '../../../local/s3-peer';

// The hand-signed GET against s3rver, which refuses any request whose signature it computes
// differently: keys, ranges and errors as a real S3-compatible server answers them.
let s3: S3Peer;
let dir: string;
const BUCKET = LOCAL_RAW_BUCKET;
const bytes = (text: string) => new TextEncoder().encode(text);

function reader(secretAccessKey: string = LOCAL_KEYS.secretAccessKey): S3ObjectReader {
  return new S3ObjectReader({
    region: 'us-east-1',
    credentials: { ...LOCAL_KEYS, secretAccessKey },
    endpoint: new URL(s3.endpoint),
    now: Date.now,
    sleep: async () => {},
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's3rver-'));
  s3 = await startS3Peer(0, dir);
});
afterAll(async () => {
  await s3.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('S3ObjectReader against s3rver (signatures verified)', () => {
  it('reads an object whole, sized by the server', async () => {
    await s3.put('inbound/abc123', bytes('Subject: hi\r\n\r\nbody'));
    const start = await reader().readStart(BUCKET, 'inbound/abc123', 1024);
    expect(new TextDecoder().decode(start.bytes)).toBe('Subject: hi\r\n\r\nbody');
    expect(start).toMatchObject({ size: 19, truncated: false });
  });

  it('reads only the first maxBytes of a larger object, with its whole size', async () => {
    await s3.put('inbound/large', bytes('x'.repeat(5000)));
    const start = await reader().readStart(BUCKET, 'inbound/large', 100);
    expect(start.bytes).toHaveLength(100);
    expect(start).toMatchObject({ size: 5000, truncated: true });
  });

  it.each([
    'inbound/with space',
    'inbound/plus+sign',
    "inbound/odd!'()*chars",
    'inbound/àccénto-€',
    'inbound/deep/er/key~_.-',
  ])('signs the key %j as the server canonicalises it', async (key) => {
    await s3.put(key, bytes(key));
    const start = await reader().readStart(BUCKET, key, 1024);
    expect(new TextDecoder().decode(start.bytes)).toBe(key);
  });

  it('is refused, once and for good, when the secret is wrong', async () => {
    const error = await reader('not-the-secret')
      .readStart(BUCKET, 'inbound/abc123', 1024)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(S3ReadError);
    expect(error).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch', transient: false });
    expect((error as Error).message).toMatch(
      /^GET s3:\/\/support-desk-raw\/inbound\/abc123 failed: 403 SignatureDoesNotMatch/,
    );
  });

  it('reports a missing message as not found through the raw message source', async () => {
    const source = new S3RawMessageSource(reader(), { bucket: BUCKET, prefix: 'inbound/' });
    await expect(source.read('no-such-id', 1024)).rejects.toBeInstanceOf(RawMessageNotFoundError);
    await s3.put('inbound/ses-42', bytes('Subject: x\r\n\r\ny'));
    expect(await source.read('ses-42', 1024)).toMatchObject({ size: 15, truncated: false });
  });
});
