import { type DynamoDbPeer, startDynamoDbPeer } from './dynamodb-peer';
import { type SesPeer, startSesPeer } from './ses-peer';
import { dataPaths, type LocalSettings } from './settings';

/** The AWS stand-ins the production adapters talk to. */
export interface LocalPeers {
  readonly dynamoDb: DynamoDbPeer;
  readonly ses: SesPeer;
  stop(): Promise<void>;
}

/** Starts dynalite and aws-ses-v2-local; if one fails, the other is stopped before the error goes on. */
export async function startPeers(settings: LocalSettings): Promise<LocalPeers> {
  const dynamoDb = await startDynamoDbPeer(settings.dynamoDbPort, dataPaths(settings).dynamoDb);
  const ses = await startSesPeer(settings.sesPort).catch(async (error: unknown) => {
    await dynamoDb.stop();
    throw error;
  });
  return { dynamoDb, ses, stop: async () => void (await Promise.all([dynamoDb.stop(), ses.stop()])) };
}
