import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectReader } from '../../../lib/aws/s3-object-reader';
import { S3RawMessageSource } from '../../../lib/aws/s3-raw-message-source';
import { RawMessageNotFoundError, RawMessageReadError } from '../../../lib/tickets/errors';
import { answerError, answerRange, type FakeS3, startFakeS3 } from '../../support/fake-s3';

const MESSAGE = new TextEncoder().encode('Subject: hi\r\n\r\nbody');
let s3: FakeS3;
let source: S3RawMessageSource;

async function failure(read: Promise<unknown>): Promise<unknown> {
  return read.then(
    () => expect.unreachable('the read succeeded'),
    (e: unknown) => e,
  );
}

beforeAll(async () => {
  s3 = await startFakeS3();
  const reader = new S3ObjectReader({
    region: 'eu-west-1',
    // AWS's documentation keys: not credentials.
    credentials: {
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    },
    endpoint: s3.endpoint,
    now: () => Date.UTC(2026, 10, 23, 9),
    sleep: async () => undefined,
  });
  source = new S3RawMessageSource(reader, { bucket: 'raw', prefix: 'inbound/' });
});
afterAll(() => s3.close());
beforeEach(() => {
  s3.requests.length = 0;
});

describe('S3RawMessageSource over a local stand-in for S3', () => {
  it('asks for the first maxBytes of <prefix><messageId> in the bucket only', async () => {
    s3.handle((request, response) => answerRange(request, response, MESSAGE));
    await source.read('abc123', 1024);
    expect(s3.requests.map((r) => [r.path, r.headers.range])).toEqual([
      ['/raw/inbound/abc123', 'bytes=0-1023'],
    ]);
  });

  it('returns a small message whole', async () => {
    s3.handle((request, response) => answerRange(request, response, MESSAGE));
    const raw = await source.read('abc123', 1024);
    expect(new TextDecoder().decode(raw.bytes)).toBe('Subject: hi\r\n\r\nbody');
    expect(raw).toMatchObject({ size: 19, truncated: false });
  });

  it('says a message over the limit was cut and how large it is', async () => {
    s3.handle((_, response) =>
      response
        .writeHead(206, { 'content-length': 13, 'content-range': 'bytes 0-12/52428800' })
        .end('Subject: hi\r\n'),
    );
    expect(await source.read('big', 13)).toMatchObject({ size: 52_428_800, truncated: true });
  });

  it('reads an empty stored message as empty', async () => {
    s3.handle((request, response) => answerRange(request, response, new Uint8Array()));
    expect(await source.read('empty', 1024)).toEqual({ bytes: new Uint8Array(), size: 0, truncated: false });
  });

  it('reports a missing object (404 NoSuchKey) as RawMessageNotFoundError', async () => {
    s3.handle((_, response) => answerError(response, 404, 'NoSuchKey', 'The specified key does not exist.'));
    const error = await failure(source.read('gone', 10));
    expect(error).toBeInstanceOf(RawMessageNotFoundError);
    expect(s3.requests).toHaveLength(1);
  });

  it('does not mistake a missing bucket for a missing message', async () => {
    s3.handle((_, response) =>
      answerError(response, 404, 'NoSuchBucket', 'The specified bucket does not exist'),
    );
    const error = await failure(source.read('abc', 10));
    expect(error).toBeInstanceOf(RawMessageReadError);
    expect((error as RawMessageReadError).retryable).toBe(false);
  });

  it('reports a refused read (403) as not retryable, in one line naming the object and the code', async () => {
    s3.handle((_, response) => answerError(response, 403, 'AccessDenied', 'Access Denied'));
    const error = await failure(source.read('abc', 10));
    expect(error).toBeInstanceOf(RawMessageReadError);
    expect((error as RawMessageReadError).retryable).toBe(false);
    expect((error as Error).message).toBe(
      'reading raw message abc failed: S3ReadError: GET s3://raw/inbound/abc failed: 403 AccessDenied (Access Denied)',
    );
    expect(s3.requests).toHaveLength(1);
  });

  it('reports a read that stays throttled as retryable, after three attempts', async () => {
    s3.handle((_, response) => answerError(response, 503, 'SlowDown', 'Please reduce your request rate.'));
    const error = await failure(source.read('abc', 10));
    expect(error).toBeInstanceOf(RawMessageReadError);
    expect((error as RawMessageReadError).retryable).toBe(true);
    expect((error as Error).message).toContain('GET s3://raw/inbound/abc failed 3 times: 503 SlowDown');
    expect(s3.requests).toHaveLength(3);
  });

  it('reports a dropped connection as retryable', async () => {
    s3.handle((request) => request.socket.destroy());
    const error = await failure(source.read('abc', 10));
    expect(error).toBeInstanceOf(RawMessageReadError);
    expect((error as RawMessageReadError).retryable).toBe(true);
  });

  it('reports an error of its own (not from S3) as not retryable', async () => {
    const broken = new S3RawMessageSource(
      { readStart: async () => Promise.reject(new TypeError('bug')) },
      { bucket: 'raw', prefix: '' },
    );
    const error = await failure(broken.read('abc', 10));
    expect(error).toBeInstanceOf(RawMessageReadError);
    expect((error as RawMessageReadError).retryable).toBe(false);
  });
});
