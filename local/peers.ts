import type { DynamoDbPeer } from './dynamodb-peer';
import { LOOPBACK } from './listen';
import type { PeerThreads } from './peer-threads';
import { rawBucketPut, type S3Peer } from './s3-peer';
import type { SesPeer } from './ses-peer';
import { dataPaths, type LocalSettings } from './settings';

/** The AWS stand-ins the production adapters talk to. */
export interface LocalPeers {
  readonly dynamoDb: DynamoDbPeer;
  readonly ses: SesPeer;
  readonly s3: S3Peer;
  stop(): Promise<void>;
}

const endpointOf = (port: number) => `http://${LOOPBACK}:${port}`;

/**
 * Starts dynalite, aws-ses-v2-local and s3rver in the desk's peer threads (local/peer-threads.ts),
 * so that they answer on the other core while the desk's handlers and SDK clients keep this one.
 * If one fails, the others are stopped and the threads ended before its error goes on.
 */
export async function startPeers(settings: LocalSettings, thread: PeerThreads): Promise<LocalPeers> {
  const paths = dataPaths(settings);
  const ports = await thread
    .start({
      dynamoDb: { port: settings.dynamoDbPort, dir: paths.dynamoDb },
      ses: { port: settings.sesPort },
      s3: { port: settings.s3Port, dir: paths.s3 },
    })
    .catch(async (error: unknown) => {
      await thread.stop().catch(() => undefined);
      throw error;
    });
  const stop = () => thread.stop();
  const ses = endpointOf(ports.ses);
  const s3 = endpointOf(ports.s3);
  return {
    dynamoDb: { port: ports.dynamoDb, endpoint: endpointOf(ports.dynamoDb), stop },
    ses: { port: ports.ses, endpoint: ses, outboxUrl: `${ses}/`, storeUrl: `${ses}/store`, stop },
    s3: { port: ports.s3, endpoint: s3, put: rawBucketPut(s3), stop },
    stop,
  };
}
