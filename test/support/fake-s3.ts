import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the stand-in received it. */
export interface SeenRequest {
  readonly method: string;
  /** The raw request target, still URI-encoded: what the signer put on the wire. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

/** How the stand-in answers a request (it may also never answer, or drop the connection). */
export type S3Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A real node:http server on 127.0.0.1 acting as S3, answering as the test says. */
export interface FakeS3 {
  /** Path-style endpoint: requests arrive as `/<bucket>/<key>`. */
  readonly endpoint: URL;
  readonly requests: SeenRequest[];
  /** Answers every following request with `handler`. */
  handle(handler: S3Handler): void;
  /** Drops every connection (answered or hanging) and stops listening. */
  close(): Promise<void>;
}

export async function startFakeS3(
  handler: S3Handler = (_, response) => answerError(response, 500, 'InternalError'),
): Promise<FakeS3> {
  let current = handler;
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers });
    current(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: new URL(`http://127.0.0.1:${port}`),
    requests,
    handle: (next) => {
      current = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** S3's answer to `Range: bytes=0-N` of `bytes`: 206 with Content-Range, or 416 for an empty object. */
export function answerRange(request: IncomingMessage, response: ServerResponse, bytes: Uint8Array): void {
  const last = Number(/^bytes=0-(\d+)$/.exec(request.headers.range ?? '')?.[1] ?? Number.NaN);
  if (Number.isNaN(last)) {
    response.writeHead(200, { 'content-length': bytes.length }).end(bytes);
    return;
  }
  if (bytes.length === 0) {
    answerError(response, 416, 'InvalidRange', 'The requested range is not satisfiable');
    return;
  }
  const part = bytes.subarray(0, last + 1);
  response
    .writeHead(206, {
      'content-length': part.length,
      'content-range': `bytes 0-${part.length - 1}/${bytes.length}`,
    })
    .end(part);
}

/** S3's XML error document. */
export function answerError(response: ServerResponse, status: number, code: string, message = code): void {
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${code}</Code><Message>${message}</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>`;
  response.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}
