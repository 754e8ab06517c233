import type { IncomingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A request ready for node:http(s): where it goes, its (signed) headers and its body, if any. */
export interface HttpRequestSpec {
  readonly protocol: 'http:' | 'https:';
  readonly hostname: string;
  /** Absent for the protocol's default port. */
  readonly port?: number | undefined;
  /** Path and query, already URI-encoded. */
  readonly path: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | undefined;
}

// node:http(s) rather than fetch: Node loads undici for fetch on first use, a cost every cold
// start would pay, and node:http(s) let us stop reading at a byte limit.

/** An answer with at most the limit's worth of its body. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The first bytes of the body, at most the limit. */
  readonly body: Buffer;
  /** Bytes received before reading stopped: more than `body.length` when the body was cut. */
  readonly received: number;
}

/** No byte moved on the connection for the idle timeout (connecting, waiting or mid-body). */
export class HttpTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`no answer for ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/** The connection closed before the body's last byte. */
export class HttpCutShortError extends Error {
  readonly code = 'ECONNRESET';
  constructor() {
    super('connection closed before the body ended');
    this.name = 'HttpCutShortError';
  }
}

/**
 * Sends one request and reads its answer, keeping at most `bodyLimit(status)` bytes of the body:
 * past that the connection is dropped, so a server that ignores Range cannot make us read 40 MB.
 * Rejects with the socket's error, HttpTimeoutError or HttpCutShortError. Despite the name (S3's
 * GET came first), any method: the signed JSON and Query requests (aws-http-client.ts) send a body.
 */
export function httpGet(
  request: HttpRequestSpec,
  options: { readonly idleTimeoutMs: number; readonly bodyLimit: (status: number) => number },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const succeed = (answer: HttpAnswer) => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
    const send = request.protocol === 'https:' ? httpsRequest : httpRequest;
    const client = send({
      protocol: request.protocol,
      hostname: request.hostname,
      port: request.port,
      path: request.path,
      method: request.method,
      headers: request.headers,
    });
    client.setTimeout(options.idleTimeoutMs, () => {
      if (settled) return;
      fail(new HttpTimeoutError(options.idleTimeoutMs));
      client.destroy();
    });
    client.on('error', fail);
    client.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const limit = options.bodyLimit(status);
      const chunks: Buffer[] = [];
      let received = 0;
      const answer = () => ({
        status,
        headers: response.headers,
        body: Buffer.concat(chunks).subarray(0, limit),
        received,
      });
      response.on('data', (chunk: Buffer) => {
        if (settled) return;
        chunks.push(chunk);
        received += chunk.length;
        if (received > limit) {
          succeed(answer());
          response.destroy();
        }
      });
      response.on('end', () => succeed(answer()));
      response.on('error', fail);
      response.on('close', () => {
        if (!response.complete) fail(new HttpCutShortError());
      });
    });
    client.end(request.body);
  });
}
