import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynamoDbPeer } from '../../../local/dynamodb-peer';
import { type Edge, startEdge } from '../../../local/edge/edge-server';
import { startS3Peer } from '../../../local/s3-peer';
import { startSesPeer } from '../../../local/ses-peer';

/** One request the stand-in Scheduler peer received. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** The three real peers on free ports, a stand-in Scheduler peer, and two edges (with and without it). */
export interface EdgeWorld {
  readonly edge: Edge;
  readonly withScheduler: Edge;
  readonly ses: Awaited<ReturnType<typeof startSesPeer>>;
  readonly s3: Awaited<ReturnType<typeof startS3Peer>>;
  readonly dynamoDbEndpoint: string;
  readonly schedulerSeen: SeenRequest[];
  stop(): Promise<void>;
}

export const STACK = {
  name: 'local',
  id: 'arn:aws:cloudformation:eu-west-1:000000000000:stack/local/00000000-0000-0000-0000-000000000000',
  createdAt: new Date('2026-12-01T10:00:00Z'),
  outputs: { TicketTableName: 'support-desk-local', SupportAddress: 'support@example.com' },
};

/** Starts the world; stop it after the suite. */
export async function startEdgeWorld(): Promise<EdgeWorld> {
  const dir = await mkdtemp(join(tmpdir(), 'edge-'));
  const dynamoDb = await startDynamoDbPeer(0, join(dir, 'dynamodb'));
  const ses = await startSesPeer(0);
  const s3 = await startS3Peer(0, join(dir, 's3'));
  const schedulerSeen: SeenRequest[] = [];
  const scheduler = await schedulerStandIn(schedulerSeen);
  const peers = { dynamoDb: dynamoDb.port, ses: ses.port, s3: s3.port };
  const edge = await startEdge({ port: 0, peers: { ...peers, scheduler: null }, stack: STACK });
  const schedulerPort = (scheduler.address() as AddressInfo).port;
  const withScheduler = await startEdge({
    port: 0,
    peers: { ...peers, scheduler: schedulerPort },
    stack: STACK,
  });
  return {
    edge,
    withScheduler,
    ses,
    s3,
    dynamoDbEndpoint: dynamoDb.endpoint,
    schedulerSeen,
    stop: async () => {
      await Promise.all([edge.stop(), withScheduler.stop()]);
      await new Promise((done) => scheduler.close(done));
      scheduler.closeAllConnections();
      await Promise.all([dynamoDb.stop(), ses.stop(), s3.stop()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// Answers every request with 200 and a JSON echo, keeping what it saw.
async function schedulerStandIn(seen: SeenRequest[]): Promise<Server> {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ fired: [] }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}
