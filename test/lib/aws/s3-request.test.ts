import aws4 from 'aws4';
import { describe, expect, it } from 'vitest';
import { amzDate, encodeKey, objectTarget, signedGet } from '../../../lib/aws/s3-request';

// AWS's documentation keys (not credentials) and its SigV4 example "GET Object" for S3.
const EXAMPLE_KEYS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const MAY_24_2013 = Date.UTC(2013, 4, 24);
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('signedGet', () => {
  it("reproduces the Authorization header of AWS's published GET Object example", () => {
    const request = signedGet(
      { protocol: 'https:', hostname: 'examplebucket.s3.amazonaws.com', path: '/test.txt' },
      { range: 'bytes=0-9', region: 'us-east-1', credentials: EXAMPLE_KEYS, now: MAY_24_2013 },
    );
    expect(request.headers).toEqual({
      Host: 'examplebucket.s3.amazonaws.com',
      Range: 'bytes=0-9',
      'X-Amz-Date': '20130524T000000Z',
      'X-Amz-Content-Sha256': EMPTY_SHA256,
      Authorization:
        'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    });
    expect(request).toMatchObject({
      method: 'GET',
      path: '/test.txt',
      hostname: 'examplebucket.s3.amazonaws.com',
    });
  });

  it("sends and signs the role's session token when there is one", () => {
    const target = objectTarget('examplebucket', 'test.txt', 'eu-south-1');
    const options = { range: 'bytes=0-9', region: 'eu-south-1', now: MAY_24_2013 };
    const withToken = signedGet(target, {
      ...options,
      credentials: { ...EXAMPLE_KEYS, sessionToken: 'FwoGZXIvYXdzE' },
    });
    expect(withToken.headers['X-Amz-Security-Token']).toBe('FwoGZXIvYXdzE');
    expect(withToken.headers.Authorization).toContain(
      'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date;x-amz-security-token,',
    );
    const without = signedGet(target, { ...options, credentials: EXAMPLE_KEYS });
    expect(Object.keys(without.headers)).not.toContain('X-Amz-Security-Token');
    expect(without.headers.Authorization).not.toBe(withToken.headers.Authorization);
  });

  it('signs for the region and the virtual-hosted host of the bucket', () => {
    const request = signedGet(objectTarget('raw-mail', 'inbound/abc', 'eu-south-1'), {
      range: 'bytes=0-99',
      region: 'eu-south-1',
      credentials: EXAMPLE_KEYS,
      now: Date.UTC(2026, 10, 23, 9, 30, 5),
    });
    expect(request).toMatchObject({ protocol: 'https:', hostname: 'raw-mail.s3.eu-south-1.amazonaws.com' });
    expect(request.headers.Host).toBe('raw-mail.s3.eu-south-1.amazonaws.com');
    expect(request.headers['X-Amz-Date']).toBe('20261123T093005Z');
    expect(request.headers.Authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/20261123\/eu-south-1\/s3\/aws4_request, /,
    );
  });

  it('names the port of an endpoint override in the signed Host', () => {
    const request = signedGet(objectTarget('raw', 'k', 'eu-west-1', new URL('http://127.0.0.1:9000')), {
      range: 'bytes=0-9',
      region: 'eu-west-1',
      credentials: EXAMPLE_KEYS,
      now: MAY_24_2013,
    });
    expect(request.headers.Host).toBe('127.0.0.1:9000');
  });
});

describe('objectTarget', () => {
  it('addresses the bucket virtual-hosted on AWS', () => {
    expect(objectTarget('raw-mail', 'inbound/abc', 'eu-west-1')).toEqual({
      protocol: 'https:',
      hostname: 'raw-mail.s3.eu-west-1.amazonaws.com',
      path: '/inbound/abc',
    });
  });

  it('addresses an endpoint override path-style, http allowed', () => {
    expect(objectTarget('raw', 'inbound/a b', 'eu-west-1', new URL('http://127.0.0.1:4569/'))).toEqual({
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4569,
      path: '/raw/inbound/a%20b',
    });
  });

  it('refuses an endpoint that is not http(s)', () => {
    expect(() => objectTarget('raw', 'k', 'eu-west-1', new URL('ftp://127.0.0.1/'))).toThrow(
      'S3 endpoint must be an http or https URL, got ftp://127.0.0.1/',
    );
  });
});

describe('encodeKey', () => {
  it.each([
    ['inbound/abc123', 'inbound/abc123'],
    ['a b+c', 'a%20b%2Bc'],
    ["x!'()*y", 'x%21%27%28%29%2Ay'],
    ['è/ü/日本', '%C3%A8/%C3%BC/%E6%97%A5%E6%9C%AC'],
    ['keep-._~these', 'keep-._~these'],
    ['q?h#p%=&', 'q%3Fh%23p%25%3D%26'],
  ])('encodes %j as S3 signs it: %j', (key, encoded) => {
    expect(encodeKey(key)).toBe(encoded);
  });
});

describe('the path on the wire', () => {
  it.each(['in bound/a+b/è ü/x!(y)*.eml', 'q?h#p%=&/~._-', 'a//b/./../c'])(
    'is the path aws4 signs, for the key %j',
    (key) => {
      const request = signedGet(objectTarget('raw', key, 'eu-west-1'), {
        range: 'bytes=0-9',
        region: 'eu-west-1',
        credentials: EXAMPLE_KEYS,
        now: MAY_24_2013,
      });
      // The canonical request's second line is the path S3 will sign on its side from what it received.
      const signer = new aws4.RequestSigner({
        service: 's3',
        region: 'eu-west-1',
        hostname: request.hostname,
        path: request.path,
        headers: { ...request.headers },
      });
      expect(signer.canonicalString().split('\n')[1]).toBe(request.path);
      expect(request.path).toBe(`/${encodeKey(key)}`);
    },
  );
});

describe('amzDate', () => {
  it('writes the instant as YYYYMMDDTHHMMSSZ in UTC', () => {
    expect(amzDate(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe('20260102T030405Z');
  });
});
