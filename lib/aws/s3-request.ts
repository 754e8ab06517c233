import aws4 from 'aws4';

/**
 * Construction of a signed S3 GET without the S3 client: its package costs the ingest function
 * ~20 ms of every cold start (flexible checksums, S3 middleware, XML serde) for the one call it
 * makes. Signing is aws4's (SigV4, maintained, no dependencies); only addressing is ours.
 */

/** SigV4 credentials; `sessionToken` is present for a role's temporary keys (always, on Lambda). */
export interface S3Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

/** Where one object is fetched from: a URL taken apart the way node:http(s) `request` wants it. */
export interface ObjectTarget {
  readonly protocol: 'http:' | 'https:';
  readonly hostname: string;
  /** Absent for the protocol's default port. */
  readonly port?: number | undefined;
  /** Path and no query, already URI-encoded. */
  readonly path: string;
}

/** A request ready for node:http(s): the target and its signed headers. */
export interface SignedRequest extends ObjectTarget {
  readonly method: 'GET';
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The object's URL: virtual-hosted `https://<bucket>.s3.<region>.amazonaws.com/<key>`, or with an
 * endpoint override (a local stand-in for tests) path-style `<endpoint>/<bucket>/<key>`, as the SDK
 * addresses an endpoint that is an IP address.
 */
export function objectTarget(bucket: string, key: string, region: string, endpoint?: URL): ObjectTarget {
  if (!endpoint) {
    return {
      protocol: 'https:',
      hostname: `${bucket}.s3.${region}.amazonaws.com`,
      path: `/${encodeKey(key)}`,
    };
  }
  if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:') {
    throw new TypeError(`S3 endpoint must be an http or https URL, got ${endpoint.href}`);
  }
  const base = endpoint.pathname.replace(/\/+$/, '');
  return {
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port ? Number(endpoint.port) : undefined,
    path: `${base}/${encodeKey(bucket)}/${encodeKey(key)}`,
  };
}

/**
 * S3's UriEncode of an object key: every byte but `A-Z a-z 0-9 - . _ ~` as %XX (UTF-8), slashes
 * kept. encodeURIComponent leaves `! ' ( ) *` alone, which S3 would sign encoded.
 */
export function encodeKey(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/** SigV4's `YYYYMMDDTHHMMSSZ`. */
export function amzDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:-]|\.\d{3}/g, '');
}

/**
 * A GET of `target` for `range` (`bytes=0-9`), signed at `now` (epoch ms) for S3 in `region`.
 * Range is signed too, as in AWS's own GET Object example (aws4 leaves it out unless asked).
 */
export function signedGet(
  target: ObjectTarget,
  options: { range: string; region: string; credentials: S3Credentials; now: number },
): SignedRequest {
  const request: aws4.Request & { extraHeadersToInclude: Record<string, boolean> } = {
    method: 'GET',
    protocol: target.protocol,
    hostname: target.hostname,
    path: target.path,
    service: 's3',
    region: options.region,
    headers: { Range: options.range, 'X-Amz-Date': amzDate(options.now) },
    extraHeadersToInclude: { range: true },
  };
  if (target.port !== undefined) request.port = target.port;
  const { accessKeyId, secretAccessKey, sessionToken } = options.credentials;
  aws4.sign(
    request,
    sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey },
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (value !== undefined) headers[name] = String(value);
  }
  return { ...target, method: 'GET', path: request.path ?? target.path, headers };
}
