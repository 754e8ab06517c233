// The body of the desk's peer thread (local/peer-thread.ts): dynalite, aws-ses-v2-local and s3rver,
// started by the same functions as in one thread, on another core than the desk's handlers and SDK
// clients. Their libraries load as soon as the thread starts, while the desk loads its own code;
// nothing listens or opens a database before the desk, holding the data folder's lock, says start.

import { parentPort } from 'node:worker_threads';
import { startDynamoDbPeer } from './dynamodb-peer';
import { failureOf } from './peer-failure';
import type { PeerThreadCommand, PeerThreadReply } from './peer-thread-protocol';
import { loadS3rver, startS3Peer } from './s3-peer';
import { startSesPeer } from './ses-peer';

interface Stoppable {
  stop(): Promise<void>;
}

const channel = parentPort;
const started: Stoppable[] = [];
const reply = (message: PeerThreadReply) => channel?.postMessage(message);
const stopStarted = async () => void (await Promise.all(started.splice(0).map((peer) => peer.stop())));

// Each start is pushed as soon as it succeeds, so that a failure of another stops it.
async function track<T extends Stoppable>(start: Promise<T>): Promise<T> {
  const peer = await start;
  started.push(peer);
  return peer;
}

async function run(command: PeerThreadCommand): Promise<void> {
  if ('stop' in command) {
    await stopStarted().then(
      () => reply({ stopped: true }),
      (error: unknown) => reply({ stopFailed: failureOf(error) }),
    );
    return;
  }
  const { dynamoDb, ses, s3 } = command.start;
  const starts = await Promise.allSettled([
    track(startDynamoDbPeer(dynamoDb.port, dynamoDb.dir)),
    track(startSesPeer(ses.port)),
    track(startS3Peer(s3.port, s3.dir)),
  ]);
  const failed = starts.find((start) => start.status === 'rejected');
  if (failed) {
    await stopStarted().catch(() => undefined);
    reply({ startFailed: failureOf(failed.reason) });
    return;
  }
  const [db, mail, objects] = starts.map((start) => (start.status === 'fulfilled' ? start.value.port : 0));
  reply({ started: { dynamoDb: db ?? 0, ses: mail ?? 0, s3: objects ?? 0 } });
}

// s3rver is the one peer library its module requires on first start: load it now, ahead of that.
loadS3rver();
channel?.on('message', (command: PeerThreadCommand) => void run(command));
