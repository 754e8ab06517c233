import { type DynamoDbPeer, startDynamoDbPeer } from './dynamodb-peer';
import { type S3Peer, startS3Peer } from './s3-peer';
import { type SesPeer, startSesPeer } from './ses-peer';
import { dataPaths, type LocalSettings } from './settings';

/** The AWS stand-ins the production adapters talk to. */
export interface LocalPeers {
  readonly dynamoDb: DynamoDbPeer;
  readonly ses: SesPeer;
  readonly s3: S3Peer;
  stop(): Promise<void>;
}

/** Starts dynalite, aws-ses-v2-local and s3rver; if one fails, those started are stopped before the error goes on. */
export async function startPeers(settings: LocalSettings): Promise<LocalPeers> {
  const paths = dataPaths(settings);
  const started: Array<{ stop(): Promise<void> }> = [];
  const stopStarted = async () => void (await Promise.all(started.map((peer) => peer.stop())));
  try {
    const dynamoDb = await startDynamoDbPeer(settings.dynamoDbPort, paths.dynamoDb);
    started.push(dynamoDb);
    const ses = await startSesPeer(settings.sesPort);
    started.push(ses);
    const s3 = await startS3Peer(settings.s3Port, paths.s3);
    started.push(s3);
    return { dynamoDb, ses, s3, stop: stopStarted };
  } catch (error) {
    await stopStarted();
    throw error;
  }
}
