import { mkdir } from 'node:fs/promises';
import dynalite from 'dynalite';
import { closeHttpServer, LOOPBACK, listenOnLoopback } from './listen';
import { LOCAL_ENV } from './settings';

/** A running DynamoDB-compatible endpoint. */
export interface DynamoDbPeer {
  readonly port: number;
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * Starts dynalite (DynamoDB's API over LevelDB) on 127.0.0.1, its data in `dir` so that
 * tickets survive a restart. Tables become ACTIVE at once: no one waits on a laptop.
 */
export async function startDynamoDbPeer(port: number, dir: string): Promise<DynamoDbPeer> {
  await mkdir(dir, { recursive: true });
  const server = dynalite({ path: dir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const bound = await listenOnLoopback(server, port, 'DynamoDB (dynalite)', LOCAL_ENV.dynamoDbPort).catch(
    async (error: unknown) => {
      await releaseDatabase(server);
      throw error;
    },
  );
  return {
    port: bound,
    endpoint: `http://${LOOPBACK}:${bound}`,
    stop: () => closeHttpServer(server),
  };
}

/**
 * dynalite opens its LevelDB when created and closes it only through `server.close()`, which
 * refuses a server that never listened: so a failed start listens on any free port and closes,
 * leaving no database open (and its folder free to reuse or remove).
 */
async function releaseDatabase(server: ReturnType<typeof dynalite>): Promise<void> {
  await listenOnLoopback(server, 0, 'DynamoDB (dynalite)', LOCAL_ENV.dynamoDbPort);
  await closeHttpServer(server);
}
