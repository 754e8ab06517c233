import { GetObjectCommand, NoSuchKey, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { S3RawMessageSource } from '../../../lib/aws/s3-raw-message-source';
import { RawMessageNotFoundError, RawMessageReadError } from '../../../lib/tickets/errors';

const s3 = mockClient(S3Client);
const source = new S3RawMessageSource(new S3Client({ region: 'eu-west-1' }), {
  bucket: 'raw',
  prefix: 'inbound/',
});
// The part of the SDK's streaming body the adapter uses; the real one wraps an HTTP response.
const body = (text: string) =>
  ({ transformToByteArray: async () => new TextEncoder().encode(text) }) as never;

describe('S3RawMessageSource', () => {
  afterEach(() => s3.reset());

  it('asks for the first maxBytes of inbound/<messageId> only', async () => {
    s3.on(GetObjectCommand).resolves({
      Body: body('Subject: hi\r\n\r\nbody'),
      ContentRange: 'bytes 0-18/19',
    });
    await source.read('abc123', 1024);
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'raw',
      Key: 'inbound/abc123',
      Range: 'bytes=0-1023',
    });
  });

  it('returns a small message whole', async () => {
    s3.on(GetObjectCommand).resolves({
      Body: body('Subject: hi\r\n\r\nbody'),
      ContentRange: 'bytes 0-18/19',
    });
    const raw = await source.read('abc123', 1024);
    expect(new TextDecoder().decode(raw.bytes)).toBe('Subject: hi\r\n\r\nbody');
    expect(raw).toMatchObject({ size: 19, truncated: false });
  });

  it('says a message over the limit was cut and how large it is', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body('Subject: hi\r\n'), ContentRange: 'bytes 0-12/52428800' });
    expect(await source.read('big', 13)).toMatchObject({ size: 52_428_800, truncated: true });
  });

  it('reports a missing object as RawMessageNotFoundError', async () => {
    s3.on(GetObjectCommand).rejects(new NoSuchKey({ $metadata: {}, message: 'no such key' }));
    await expect(source.read('gone', 10)).rejects.toBeInstanceOf(RawMessageNotFoundError);
  });

  it('reports a throttled read as retryable', async () => {
    s3.on(GetObjectCommand).rejects(
      new S3ServiceException({
        name: 'SlowDown',
        $fault: 'server',
        $metadata: { httpStatusCode: 503 },
        message: 'slow down',
      }),
    );
    const failure = await source.read('abc', 10).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RawMessageReadError);
    expect((failure as RawMessageReadError).retryable).toBe(true);
  });
});
