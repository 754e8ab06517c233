import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDeskConfig } from '../../lib/aws/desk-config-item';
import { DEFAULT_DESK_FILE } from '../../lib/desk';
import { loadDeskFile } from '../../lib/desk/desk-file';
import { type LocalPeers, startPeers } from '../../local/peers';
import { loadPipeline, type Pipeline } from '../../local/pipeline';
import { readLocalSettings } from '../../local/settings';
import { sesEvent } from '../functions/local-env';
import { rawEmail } from '../lib/tickets/emails';

describe("the local desk's composition over its running peers", () => {
  let dataDir: string;
  let peers: LocalPeers;
  let pipeline: Pipeline;
  let envBefore: Record<string, string | undefined>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'desk-pipeline-'));
    const settings = readLocalSettings(
      { DYNAMODB_PORT: '0', SES_PORT: '0', S3_PORT: '0', DATA_DIR: dataDir },
      '/',
    );
    peers = await startPeers(settings);
    envBefore = { ...process.env };
    const endpoints = {
      dynamoDb: peers.dynamoDb.endpoint,
      ses: peers.ses.endpoint,
      s3: peers.s3.endpoint,
      scheduler: 'http://127.0.0.1:9',
    };
    pipeline = await loadPipeline(settings, peers, loadDeskFile(undefined, '/'), endpoints, 'ERROR');
  });
  afterAll(async () => {
    pipeline.destroy();
    await peers.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes the desk it was started with into its table, with its source', async () => {
    const client = new DynamoDBClient({
      endpoint: peers.dynamoDb.endpoint,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const stored = await getDeskConfig({ client, tableName: 'support-desk-local' });
    client.destroy();
    expect(stored?.source).toBe('embedded default desk (support@example.com)');
    expect(JSON.parse(stored?.json ?? 'null')).toEqual(DEFAULT_DESK_FILE);
  });

  it('runs the ingest handler over the peers: raw mail from S3, ticket in dynalite, schedules on file', async () => {
    await pipeline.storeRaw('ses-pipeline-1', new TextEncoder().encode(rawEmail()));
    const result = await pipeline.ingest(sesEvent('ses-pipeline-1'));
    expect(result).toMatchObject({ outcome: 'created', ticket: '2026-000001' });
    expect((await readdir(join(dataDir, 'schedules'))).sort()).toEqual([
      '2026-000001-resolution-due.json',
      '2026-000001-resolution-warning.json',
      '2026-000001-take-charge-due.json',
      '2026-000001-take-charge-warning.json',
    ]);
    const store = (await (await fetch(peers.ses.storeUrl)).json()) as { emails: { subject: string }[] };
    expect(store.emails.map((email) => email.subject)).toEqual([expect.stringContaining('[#2026-000001]')]);
  });

  it('runs the reminder handler over the same table and outbox', async () => {
    const result = await pipeline.reminder({ ticket: '2026-000001', kind: 'take-charge-due' });
    expect(result).toMatchObject({ outcome: 'sent', to: ['operators@example.com'] });
  });

  it('wires all of it without writing a single environment variable', () => {
    expect({ ...process.env }).toEqual(envBefore);
  });
});
