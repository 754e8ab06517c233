import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDeskConfig } from '../../lib/aws/desk-config-item';
import { pendingSchedules } from '../../lib/aws/scheduler-listing';
import { sdkDynamoDb } from '../../lib/aws/sdk/dynamodb-api';
import { DEFAULT_DESK_FILE } from '../../lib/desk';
import { loadDeskFile } from '../../lib/desk/desk-file';
import { deskEntries } from '../../local/desk-bundle.mjs';
import { LOCAL_RESOURCES } from '../../local/local-stack';
import { openPeerThreads } from '../../local/peer-threads';
import { type LocalPeers, startPeers } from '../../local/peers';
import { loadPipeline, type Pipeline } from '../../local/pipeline';
import { type SchedulerPeer, startSchedulerPeer } from '../../local/scheduler/peer';
import { readLocalSettings } from '../../local/settings';
import { sesEvent } from '../functions/local-env';
import { rawEmail } from '../lib/tickets/emails';

describe("the local desk's composition over its running peers", () => {
  let dataDir: string;
  let peers: LocalPeers;
  let pipeline: Pipeline;
  let scheduler: SchedulerPeer;
  let envBefore: Record<string, string | undefined>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'desk-pipeline-'));
    const settings = readLocalSettings(
      { DYNAMODB_PORT: '0', SES_PORT: '0', S3_PORT: '0', DATA_DIR: dataDir },
      '/',
    );
    peers = await startPeers(settings, openPeerThreads(deskEntries().peerWorker));
    scheduler = await startSchedulerPeer({
      port: 0,
      dir: join(dataDir, 'scheduler'),
      invoke: async () => undefined,
      now: Date.now,
    });
    envBefore = { ...process.env };
    const endpoints = {
      dynamoDb: peers.dynamoDb.endpoint,
      ses: peers.ses.endpoint,
      s3: peers.s3.endpoint,
      scheduler: scheduler.endpoint,
    };
    pipeline = await loadPipeline(peers, loadDeskFile(undefined, '/'), endpoints, 'ERROR');
  });
  afterAll(async () => {
    pipeline.destroy();
    await scheduler.stop();
    await peers.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes the desk it was started with into its table, with its source', async () => {
    const client = new DynamoDBClient({
      endpoint: peers.dynamoDb.endpoint,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const stored = await getDeskConfig({ client: sdkDynamoDb(client), tableName: 'support-desk-local' });
    client.destroy();
    expect(stored?.source).toBe('embedded default desk (support@example.com)');
    expect(JSON.parse(stored?.json ?? 'null')).toEqual(DEFAULT_DESK_FILE);
  });

  it('runs the ingest handler over the peers: raw mail from S3, ticket in dynalite, schedules in the Scheduler peer', async () => {
    await pipeline.storeRaw('ses-pipeline-1', new TextEncoder().encode(rawEmail()));
    const result = await pipeline.ingest(sesEvent('ses-pipeline-1'));
    expect(result).toMatchObject({ outcome: 'created', ticket: '2026-000001' });
    const client = new SchedulerClient({
      endpoint: scheduler.endpoint,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const pending = await pendingSchedules(client, LOCAL_RESOURCES.reminders.groupName, '2026-000001-');
    client.destroy();
    expect(pending.map((schedule) => schedule.name).sort()).toEqual([
      '2026-000001-resolution-due',
      '2026-000001-resolution-warning',
      '2026-000001-take-charge-due',
      '2026-000001-take-charge-warning',
    ]);
    const store = (await (await fetch(peers.ses.storeUrl)).json()) as { emails: { subject: string }[] };
    // The acknowledgement, then the operators' notice of the new ticket.
    expect(store.emails.map((email) => email.subject)).toEqual([
      '[#2026-000001] Errore nella pagina di login',
      '[#2026-000001] Nuovo ticket: Errore nella pagina di login',
    ]);
  });

  it('runs the reminder handler over the same table and outbox', async () => {
    const result = await pipeline.reminder({ ticket: '2026-000001', kind: 'take-charge-due' });
    expect(result).toMatchObject({ outcome: 'sent', to: ['operators@example.com'] });
  });

  it('wires all of it without writing a single environment variable', () => {
    expect({ ...process.env }).toEqual(envBefore);
  });
});
