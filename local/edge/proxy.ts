import { type IncomingMessage, request, type ServerResponse } from 'node:http';
import { LOOPBACK } from '../listen';
import { answerJsonError } from './answers';

/**
 * Forwards the request unchanged to 127.0.0.1:port: method, path and query as sent, every header
 * (Host too, so that a SigV4 signature over it still verifies at the peer), the body streamed;
 * the peer's answer comes back the same way. A peer that does not answer gets a 502 naming it.
 */
export function forward(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  peer: string,
  port: number,
): void {
  const upstream = request(
    { host: LOOPBACK, port, method: incoming.method, path: incoming.url, headers: incoming.headers },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
      answer.pipe(outgoing);
      answer.once('error', () => outgoing.destroy());
    },
  );
  upstream.once('error', (error) => {
    if (outgoing.headersSent) outgoing.destroy();
    else
      answerJsonError(
        outgoing,
        502,
        'BadGateway',
        `the local ${peer} peer on port ${port} did not answer: ${error.message}`,
      );
  });
  incoming.once('error', () => upstream.destroy());
  incoming.pipe(upstream);
}
