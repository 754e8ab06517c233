import type { IncomingHttpHeaders } from 'node:http';

// A SigV4 credential scope: <key id>/<yyyymmdd>/<region>/<service>/aws4_request. Service names
// are short lower-case words; anything else is no service the edge knows, and is never echoed.
const scope = /^[^/]{1,128}\/\d{8}\/[a-z0-9-]{1,32}\/([a-z0-9-]{1,64})\/aws4_request$/;
const credential = /Credential=([^,\s]{1,300})/;

/**
 * The signing service of a request, from its `Authorization` header's credential scope or, for a
 * presigned URL, its `X-Amz-Credential` query parameter; null when the request is not SigV4-signed.
 */
export function signingService(headers: IncomingHttpHeaders, url: string): string | null {
  const authorization = headers.authorization;
  if (typeof authorization === 'string' && authorization.startsWith('AWS4-HMAC-SHA256 ')) {
    const found = credential.exec(authorization)?.[1];
    return found ? serviceOf(found) : null;
  }
  const query = url.indexOf('?');
  if (query < 0) return null;
  const presigned = new URLSearchParams(url.slice(query + 1)).get('X-Amz-Credential');
  return presigned ? serviceOf(presigned) : null;
}

function serviceOf(credentialValue: string): string | null {
  return scope.exec(credentialValue)?.[1] ?? null;
}
