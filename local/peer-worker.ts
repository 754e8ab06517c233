// The body of each of the desk's peer threads (local/peer-threads.ts): the peers its workerData
// names, among dynalite, aws-ses-v2-local and s3rver, started by the same functions as in one
// thread, on another core than the desk's handlers and clients. Their libraries load as soon as
// the thread starts, while the desk loads its own code; nothing listens or opens a database
// before the desk, holding the data folder's lock, says start.

import { parentPort, workerData } from 'node:worker_threads';
import { failureOf } from './peer-failure';
import type {
  PeerName,
  PeerStartRequest,
  PeerThreadCommand,
  PeerThreadData,
  PeerThreadReply,
} from './peer-threads-protocol';

interface Stoppable {
  readonly port: number;
  stop(): Promise<void>;
}

// Each peer's module is imported only by the thread that runs it, so that a thread loads the
// libraries of its own peers and no other's.
const starters: Record<PeerName, (request: PeerStartRequest) => Promise<Stoppable>> = {
  dynamoDb: async ({ dynamoDb }) =>
    (await import('./dynamodb-peer')).startDynamoDbPeer(dynamoDb.port, dynamoDb.dir),
  ses: async ({ ses }) => (await import('./ses-peer')).startSesPeer(ses.port),
  s3: async ({ s3 }) => (await import('./s3-peer')).startS3Peer(s3.port, s3.dir),
};
const loaders: Record<PeerName, () => Promise<unknown>> = {
  dynamoDb: () => import('./dynamodb-peer'),
  ses: () => import('./ses-peer'),
  // s3rver is the one peer library its module requires on first start: load it now, ahead of that.
  s3: async () => (await import('./s3-peer')).loadS3rver(),
};

const channel = parentPort;
const { peers } = workerData as PeerThreadData;
const started: Stoppable[] = [];
const reply = (message: PeerThreadReply) => channel?.postMessage(message);
const stopStarted = async () => void (await Promise.all(started.splice(0).map((peer) => peer.stop())));

// Each start is pushed as soon as it succeeds, so that a failure of another stops it.
async function track(name: PeerName, request: PeerStartRequest): Promise<[PeerName, number]> {
  const peer = await starters[name](request);
  started.push(peer);
  return [name, peer.port];
}

async function run(command: PeerThreadCommand): Promise<void> {
  if ('stop' in command) {
    await stopStarted().then(
      () => reply({ stopped: true }),
      (error: unknown) => reply({ stopFailed: failureOf(error) }),
    );
    return;
  }
  const starts = await Promise.allSettled(peers.map((name) => track(name, command.start)));
  const failed = starts.find((start) => start.status === 'rejected');
  if (failed) {
    await stopStarted().catch(() => undefined);
    reply({ startFailed: failureOf(failed.reason) });
    return;
  }
  const ports = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []));
  reply({ started: Object.fromEntries(ports) });
}

// A library that fails to load fails the start that needs it, with its error: not here.
for (const name of peers) loaders[name]().catch(() => undefined);
channel?.on('message', (command: PeerThreadCommand) => void run(command));
