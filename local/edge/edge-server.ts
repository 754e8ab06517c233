import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeHttpServer, listenOnLoopback } from '../listen';
import { LOCAL_ENV } from '../settings';
import { answerJsonError, answerXml } from './answers';
import { answerCloudFormation, type LocalStack } from './cloudformation';
import { forward } from './proxy';
import { EDGE_SERVICES, type EdgePorts, type EdgeRoute, routeOf } from './routes';
import { signingService } from './signing-service';

/** What the edge needs: its port, the peers' ports, and the stack it describes. */
export interface EdgeOptions {
  /** 0 = any free port. */
  readonly port: number;
  readonly peers: EdgePorts;
  readonly stack: LocalStack;
}

/** A listening edge endpoint. */
export interface Edge {
  readonly port: number;
  /** `http://127.0.0.1:<port>`: what AWS_ENDPOINT_URL names. */
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** A CloudFormation query is a small form; anything larger is no request the edge answers. */
const MAX_QUERY_BYTES = 64 * 1024;

/**
 * Starts the one endpoint that answers as AWS on 127.0.0.1: each request goes by its SigV4
 * signing service to the peer of that service (routes.ts), CloudFormation is answered here.
 */
export async function startEdge(options: EdgeOptions): Promise<Edge> {
  const server = createServer((request, response) => route(request, response, options));
  const port = await listenOnLoopback(server, options.port, 'AWS edge', LOCAL_ENV.edgePort);
  return { port, endpoint: `http://127.0.0.1:${port}`, stop: () => closeHttpServer(server) };
}

function route(request: IncomingMessage, response: ServerResponse, options: EdgeOptions): void {
  const url = request.url ?? '/';
  const target = routeOf(signingService(request.headers, url), request.method ?? 'GET', url, options.peers);
  if (target.kind === 'peer') {
    forward(request, response, target.peer, target.port);
  } else if (target.kind === 'cloudformation') {
    describe(request, response, options.stack).catch(() => response.destroy());
  } else {
    request.resume();
    const [status, type, message] = refusal(target);
    answerJsonError(response, status, type, message);
  }
}

/** Status, error type and one-line message of a request the edge does not forward. */
function refusal(target: Exclude<EdgeRoute, { kind: 'peer' | 'cloudformation' }>): [number, string, string] {
  if (target.kind === 'unavailable') {
    return [
      503,
      'ServiceUnavailable',
      'the local desk runs no Scheduler peer yet: its reminders are kept by the file scheduler',
    ];
  }
  if (target.kind === 'unknown-service') {
    const served = EDGE_SERVICES.join(', ');
    return [
      400,
      'UnknownService',
      `the local desk's edge does not serve "${target.service}"; it serves ${served}`,
    ];
  }
  return [
    400,
    'MissingAuthenticationToken',
    'unsigned request: the edge routes each request by its SigV4 signing service (Authorization or X-Amz-Credential)',
  ];
}

async function describe(
  request: IncomingMessage,
  response: ServerResponse,
  stack: LocalStack,
): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_QUERY_BYTES) {
      return answerJsonError(response, 413, 'RequestEntityTooLarge', 'CloudFormation query over 64 KiB');
    }
    chunks.push(chunk as Buffer);
  }
  const answer = answerCloudFormation(Buffer.concat(chunks).toString('utf8'), stack);
  answerXml(response, answer.status, answer.xml);
}
