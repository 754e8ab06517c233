import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { S3ReadError } from '../../../lib/aws/s3-error';
import { backoffMs, S3ObjectReader, type S3ObjectReaderOptions } from '../../../lib/aws/s3-object-reader';
import { answerError, answerRange, type FakeS3, startFakeS3 } from '../../support/fake-s3';

// AWS's documentation keys: not credentials.
const KEYS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const MESSAGE = new TextEncoder().encode('Subject: hi\r\n\r\nbody');

let s3: FakeS3;
let sleeps: number[];

function reader(options: Partial<S3ObjectReaderOptions> = {}): S3ObjectReader {
  return new S3ObjectReader({
    region: 'eu-west-1',
    credentials: KEYS,
    endpoint: s3.endpoint,
    now: () => NOW,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
}

async function failure(read: Promise<unknown>): Promise<S3ReadError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(S3ReadError);
  return error as S3ReadError;
}

beforeAll(async () => {
  s3 = await startFakeS3();
});
afterAll(() => s3.close());
beforeEach(() => {
  s3.requests.length = 0;
  sleeps = [];
});

describe('S3ObjectReader over a local stand-in for S3', () => {
  it('sends one signed, ranged GET of /<bucket>/<key>', async () => {
    s3.handle((request, response) => answerRange(request, response, MESSAGE));
    await reader().readStart('raw', 'inbound/abc123', 1024);
    expect(s3.requests).toHaveLength(1);
    const [seen] = s3.requests;
    expect(seen).toMatchObject({ method: 'GET', path: '/raw/inbound/abc123' });
    expect(seen?.headers).toMatchObject({
      range: 'bytes=0-1023',
      'x-amz-date': '20261123T090000Z',
      host: s3.endpoint.host,
    });
    expect(seen?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/20261123\/eu-west-1\/s3\/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
  });

  it('sends the session token of temporary keys', async () => {
    s3.handle((request, response) => answerRange(request, response, MESSAGE));
    await reader({ credentials: { ...KEYS, sessionToken: 'FwoGZXIvYXdzE' } }).readStart('raw', 'k', 10);
    expect(s3.requests[0]?.headers['x-amz-security-token']).toBe('FwoGZXIvYXdzE');
  });

  it('returns a small object whole, sized by Content-Range (206)', async () => {
    s3.handle((request, response) => answerRange(request, response, MESSAGE));
    const start = await reader().readStart('raw', 'k', 1024);
    expect(new TextDecoder().decode(start.bytes)).toBe('Subject: hi\r\n\r\nbody');
    expect(start).toMatchObject({ size: 19, truncated: false });
  });

  it('says an object over the limit was cut and how large it is (206)', async () => {
    s3.handle((request, response) => answerRange(request, response, MESSAGE));
    const start = await reader().readStart('raw', 'k', 7);
    expect(new TextDecoder().decode(start.bytes)).toBe('Subject');
    expect(start).toMatchObject({ size: 19, truncated: true });
  });

  it('reads only maxBytes of a 200 that ignores Range, sized by Content-Length, and drops the connection', async () => {
    const first = Buffer.alloc(64 * 1024, 'a');
    let dropped!: Promise<boolean>;
    s3.handle((_, response) => {
      // A 50 MB object of which only the first 64 KiB ever comes: reading to the end would hang.
      response.writeHead(200, { 'content-length': 50 * 1024 * 1024 });
      response.write(first);
      dropped = new Promise((resolve) => response.on('close', () => resolve(!response.writableFinished)));
    });
    const start = await reader({ idleTimeoutMs: 2_000 }).readStart('raw', 'k', 1000);
    expect(start.bytes).toEqual(new Uint8Array(first.subarray(0, 1000)));
    expect(start).toMatchObject({ size: 50 * 1024 * 1024, truncated: true });
    expect(await dropped).toBe(true);
  });

  it('reads a 200 no larger than maxBytes whole', async () => {
    s3.handle((_, response) => response.writeHead(200, { 'content-length': MESSAGE.length }).end(MESSAGE));
    const start = await reader().readStart('raw', 'k', 1024);
    expect(start.bytes).toEqual(MESSAGE);
    expect(start).toMatchObject({ size: 19, truncated: false });
  });

  it('reads an empty object (416 InvalidRange) as empty', async () => {
    s3.handle((request, response) => answerRange(request, response, new Uint8Array()));
    expect(await reader().readStart('raw', 'k', 1024)).toEqual({
      bytes: new Uint8Array(),
      size: 0,
      truncated: false,
    });
  });

  it('reports a missing key with its code, once, without retrying', async () => {
    s3.handle((_, response) => answerError(response, 404, 'NoSuchKey', 'The specified key does not exist.'));
    const error = await failure(reader().readStart('raw', 'inbound/gone', 10));
    expect(error).toMatchObject({ code: 'NoSuchKey', status: 404, transient: false });
    expect(error.message).toBe(
      'GET s3://raw/inbound/gone failed: 404 NoSuchKey (The specified key does not exist.)',
    );
    expect(s3.requests).toHaveLength(1);
  });

  it('does not retry a refusal (403 AccessDenied)', async () => {
    s3.handle((_, response) => answerError(response, 403, 'AccessDenied', 'Access Denied'));
    const error = await failure(reader().readStart('raw', 'inbound/abc', 10));
    expect(error).toMatchObject({ code: 'AccessDenied', status: 403, transient: false });
    expect(error.message).toBe('GET s3://raw/inbound/abc failed: 403 AccessDenied (Access Denied)');
    expect(s3.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('reads no more than a few KB of an error answer', async () => {
    s3.handle((_, response) => {
      response.writeHead(400, { 'content-length': 1024 * 1024 });
      response.write(`<Error><Code>InvalidArgument</Code><Message>bad</Message>${' '.repeat(64 * 1024)}`);
    });
    const error = await failure(reader({ idleTimeoutMs: 2_000 }).readStart('raw', 'k', 10));
    expect(error).toMatchObject({ code: 'InvalidArgument', status: 400, transient: false });
  });

  it('succeeds after S3 asks to slow down (503 SlowDown), backing off longer', async () => {
    s3.handle((request, response) => {
      if (s3.requests.length === 1)
        answerError(response, 503, 'SlowDown', 'Please reduce your request rate.');
      else answerRange(request, response, MESSAGE);
    });
    const start = await reader().readStart('raw', 'k', 1024);
    expect(start.size).toBe(19);
    expect(s3.requests).toHaveLength(2);
    expect(sleeps).toEqual([backoffMs(1, true, () => 0.5)]);
    expect(sleeps[0]).toBe(500);
  });

  it('gives up after three 5xx answers, as transient, naming the attempts', async () => {
    s3.handle((_, response) =>
      answerError(response, 500, 'InternalError', 'We encountered an internal error.'),
    );
    const error = await failure(reader().readStart('raw', 'inbound/abc', 10));
    expect(error).toMatchObject({ code: 'InternalError', status: 500, transient: true });
    expect(error.message).toBe(
      'GET s3://raw/inbound/abc failed 3 times: 500 InternalError (We encountered an internal error.)',
    );
    expect(s3.requests).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('signs every attempt at its own time', async () => {
    let now = NOW;
    s3.handle((_, response) => answerError(response, 500, 'InternalError'));
    await failure(reader({ now: () => (now += 1000) }).readStart('raw', 'k', 10));
    expect(s3.requests.map((r) => r.headers['x-amz-date'])).toEqual([
      '20261123T090001Z',
      '20261123T090002Z',
      '20261123T090003Z',
    ]);
  });

  it('retries a reset connection and gives up on it as transient', async () => {
    s3.handle((request) => request.socket.destroy());
    const error = await failure(reader().readStart('raw', 'inbound/abc', 10));
    expect(error).toMatchObject({ code: 'ECONNRESET', transient: true });
    expect(error.message).toMatch(
      /^GET s3:\/\/raw\/inbound\/abc failed 3 times: ECONNRESET \(socket hang up\)$/,
    );
    expect(s3.requests).toHaveLength(3);
  });

  it('retries a body cut short and then reads it', async () => {
    s3.handle((request, response) => {
      if (s3.requests.length > 1) return answerRange(request, response, MESSAGE);
      response.writeHead(206, { 'content-length': 19, 'content-range': 'bytes 0-18/19' });
      response.write(MESSAGE.subarray(0, 5), () => request.socket.destroy());
    });
    const start = await reader().readStart('raw', 'k', 1024);
    expect(start.bytes).toEqual(MESSAGE);
    expect(s3.requests).toHaveLength(2);
  });

  it('times out a server that never answers, three times, as transient', async () => {
    s3.handle(() => undefined);
    const started = performance.now();
    const error = await failure(reader({ idleTimeoutMs: 150 }).readStart('raw', 'inbound/abc', 10));
    expect(error).toMatchObject({ code: 'TimeoutError', transient: true });
    expect(error.message).toBe(
      'GET s3://raw/inbound/abc failed 3 times: TimeoutError (no answer for 150 ms)',
    );
    expect(s3.requests).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 150 - 10);
  });

  it('times out a body that stops arriving', async () => {
    s3.handle((_, response) => {
      response.writeHead(206, { 'content-length': 19, 'content-range': 'bytes 0-18/19' });
      response.write(MESSAGE.subarray(0, 5));
    });
    const error = await failure(reader({ idleTimeoutMs: 150, maxAttempts: 1 }).readStart('raw', 'k', 1024));
    expect(error).toMatchObject({ code: 'TimeoutError', transient: true });
  });

  it('puts a key with spaces, +, non-ASCII letters and slashes on the wire as S3 expects', async () => {
    s3.handle((request, response) => answerRange(request, response, MESSAGE));
    await reader().readStart('raw', 'in bound/a+b/è ü/x!(y)*.eml', 10);
    expect(s3.requests[0]?.path).toBe('/raw/in%20bound/a%2Bb/%C3%A8%20%C3%BC/x%21%28y%29%2A.eml');
  });

  it('refuses a maxBytes that no Range can ask for', async () => {
    await expect(reader().readStart('raw', 'k', 0)).rejects.toThrow(
      'maxBytes must be a positive whole number, got 0',
    );
    expect(s3.requests).toHaveLength(0);
  });
});

describe('backoffMs', () => {
  it('doubles per retry from 100 ms, or from 500 ms when throttled, jittered by random', () => {
    expect([1, 2, 3].map((retry) => backoffMs(retry, false, () => 1))).toEqual([200, 400, 800]);
    expect([1, 2].map((retry) => backoffMs(retry, true, () => 1))).toEqual([1000, 2000]);
    expect(backoffMs(2, false, () => 0.25)).toBe(100);
    expect(backoffMs(1, true, () => 0)).toBe(0);
  });

  it('never waits more than 20 s', () => {
    expect(backoffMs(30, true, () => 0.99)).toBe(20_000);
  });
});
