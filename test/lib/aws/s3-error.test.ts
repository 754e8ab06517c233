import { describe, expect, it } from 'vitest';
import { httpFailure, networkFailure, S3ReadError } from '../../../lib/aws/s3-error';

const xml = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><Key>k</Key></Error>`;

describe('httpFailure', () => {
  it.each([
    [404, 'NoSuchKey', false, false],
    [403, 'AccessDenied', false, false],
    [301, 'PermanentRedirect', false, false],
    [400, 'RequestTimeout', true, false],
    [500, 'InternalError', true, false],
    [503, 'SlowDown', true, true],
    [503, 'ServiceUnavailable', true, false],
    [429, 'TooManyRequests', true, true],
  ])('%i %s: transient %s, throttled %s', (status, code, transient, throttled) => {
    expect(httpFailure(status, xml(code, 'm'))).toEqual({ code, status, detail: 'm', transient, throttled });
  });

  it("takes S3's message on one line, entities decoded", () => {
    const failure = httpFailure(
      403,
      xml('AccessDenied', 'Access\n  Denied: &quot;raw&quot; &amp; &lt;key&gt;'),
    );
    expect(failure.detail).toBe('Access Denied: "raw" & <key>');
  });

  it('names an error without an XML document after its status', () => {
    expect(httpFailure(404, '')).toMatchObject({ code: 'NotFound', detail: '', transient: false });
    expect(httpFailure(502, '<html>Bad gateway</html>')).toMatchObject({
      code: 'BadGateway',
      transient: true,
    });
  });

  it('keeps at most 200 characters of a message', () => {
    expect(httpFailure(400, xml('InvalidArgument', 'x'.repeat(5000))).detail).toHaveLength(200);
  });
});

describe('networkFailure', () => {
  const socketError = (code: string, message: string) => Object.assign(new Error(message), { code });

  it('retries a reset, refused or timed-out connection', () => {
    expect(networkFailure(socketError('ECONNRESET', 'socket hang up'))).toEqual({
      code: 'ECONNRESET',
      detail: 'socket hang up',
      transient: true,
      throttled: false,
    });
    expect(networkFailure(socketError('ECONNREFUSED', 'connect ECONNREFUSED')).transient).toBe(true);
    expect(
      networkFailure(Object.assign(new Error('no answer for 5000 ms'), { name: 'TimeoutError' })),
    ).toMatchObject({
      code: 'TimeoutError',
      transient: true,
    });
  });

  it('does not retry a certificate the client refuses', () => {
    expect(networkFailure(socketError('CERT_HAS_EXPIRED', 'certificate has expired')).transient).toBe(false);
  });
});

describe('S3ReadError', () => {
  it('says in one line which object, how many attempts, the status, the code and the message', () => {
    const error = new S3ReadError(
      's3://raw/inbound/abc',
      httpFailure(503, xml('SlowDown', 'Please reduce your request rate.')),
      3,
    );
    expect(error.message).toBe(
      'GET s3://raw/inbound/abc failed 3 times: 503 SlowDown (Please reduce your request rate.)',
    );
    expect(error).toMatchObject({ code: 'SlowDown', status: 503, transient: true });
  });

  it('leaves out what a failure does not have', () => {
    const error = new S3ReadError('s3://raw/k', networkFailure(new Error('')), 1);
    expect(error.message).toBe('GET s3://raw/k failed: Error');
  });
});
