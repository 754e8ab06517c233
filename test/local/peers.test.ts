import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskEntries } from '../../local/desk-bundle.mjs';
import { PortUnavailableError } from '../../local/errors';
import { openPeerThreads, PEER_THREAD_GROUPS } from '../../local/peer-threads';
import { startPeers } from '../../local/peers';
import { readLocalSettings } from '../../local/settings';

// The peers in a peer thread of the desk, as npm start runs them: from the bundle (built if stale).
const entry = deskEntries().peerWorker;
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

function portAnswers(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
}

function holdPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as { port: number }).port }),
    ),
  );
}

describe('startPeers, in the peer thread', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'desk-peers-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const settings = (ports: Record<string, string> = {}) =>
    readLocalSettings({ DYNAMODB_PORT: '0', SES_PORT: '0', S3_PORT: '0', DATA_DIR: dataDir, ...ports }, '/');

  it('runs the three peers from plain JavaScript, answers on their ports, and closes them all on stop', async () => {
    expect(entry.plainJavaScript).toBe(true);
    const peers = await startPeers(settings(), openPeerThreads(entry));
    const dynamo = new DynamoDBClient({
      endpoint: peers.dynamoDb.endpoint,
      region: 'eu-south-1',
      credentials,
    });
    const tables = await dynamo.send(new ListTablesCommand({}));
    dynamo.destroy();
    const store = (await (await fetch(peers.ses.storeUrl)).json()) as { emails: unknown[] };
    await peers.s3.put('inbound/m-1', new TextEncoder().encode('Subject: hi\r\n\r\nhello\r\n'));
    const ports = [peers.dynamoDb.port, peers.ses.port, peers.s3.port];
    await peers.stop();
    await peers.stop();
    expect(tables.TableNames).toEqual([]);
    expect(store.emails).toEqual([]);
    expect(await Promise.all(ports.map(portAnswers))).toEqual([false, false, false]);
  });

  it('runs each peer in exactly one thread, dynalite apart from the other two', () => {
    expect(PEER_THREAD_GROUPS.flat().sort()).toEqual(['dynamoDb', 's3', 'ses']);
    expect(PEER_THREAD_GROUPS.find((group) => group.includes('dynamoDb'))).toEqual(['dynamoDb']);
  });

  it("stops the other threads' peers when one thread's start fails, before anyone asks", async () => {
    const held = await holdPort();
    const spare = await holdPort();
    await new Promise((closed) => spare.server.close(closed));
    const threads = openPeerThreads(entry);
    try {
      const started = threads.start({
        dynamoDb: { port: spare.port, dir: join(dataDir, 'dynamodb') },
        ses: { port: 0 },
        s3: { port: held.port, dir: join(dataDir, 's3') },
      });
      await expect(started).rejects.toBeInstanceOf(PortUnavailableError);
      expect(await portAnswers(spare.port)).toBe(false);
    } finally {
      await threads.stop();
      held.server.close();
    }
  });

  it('fails with the same one-line PortUnavailableError as in one thread, and ends the thread', async () => {
    const held = await holdPort();
    // A port known to be free, so that dynalite (in the other thread, started) can be seen closed again.
    const spare = await holdPort();
    await new Promise((closed) => spare.server.close(closed));
    try {
      const thread = openPeerThreads(entry);
      const failure = await startPeers(
        settings({ S3_PORT: String(held.port), DYNAMODB_PORT: String(spare.port) }),
        thread,
      ).catch((error: unknown) => error);
      expect(await portAnswers(spare.port)).toBe(false);
      expect(failure).toBeInstanceOf(PortUnavailableError);
      expect((failure as Error).message).toBe(
        `S3 (s3rver) cannot listen on 127.0.0.1:${held.port} (the port is in use); set S3_PORT to a free port`,
      );
      // The thread is ended: a second start is refused rather than left waiting.
      await expect(
        thread.start({
          dynamoDb: { port: 0, dir: dataDir },
          ses: { port: 0 },
          s3: { port: 0, dir: dataDir },
        }),
      ).rejects.toThrow(/thread ended/);
    } finally {
      held.server.close();
    }
  });
});
