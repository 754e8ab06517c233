import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDynamoDbPeer } from '../../local/dynamodb-peer';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

describe('startDynamoDbPeer', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-dynamo-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps items in its folder across a stop and a start', async () => {
    const first = await startDynamoDbPeer(0, dir);
    const client = new DynamoDBClient({ endpoint: first.endpoint, region: 'eu-south-1', credentials });
    await client.send(
      new CreateTableCommand({
        TableName: 'tickets',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    await client.send(
      new PutItemCommand({ TableName: 'tickets', Item: { pk: { S: 'ticket' }, n: { N: '42' } } }),
    );
    await first.stop();

    const second = await startDynamoDbPeer(0, dir);
    const again = new DynamoDBClient({ endpoint: second.endpoint, region: 'eu-south-1', credentials });
    const got = await again.send(new GetItemCommand({ TableName: 'tickets', Key: { pk: { S: 'ticket' } } }));
    await second.stop();
    client.destroy();
    again.destroy();
    expect(got.Item?.n?.N).toBe('42');
  });

  it('names the port when it cannot listen', async () => {
    const holder = await startDynamoDbPeer(0, dir);
    const other = await mkdtemp(join(tmpdir(), 'desk-dynamo-'));
    await expect(startDynamoDbPeer(holder.port, other)).rejects.toThrow(`127.0.0.1:${holder.port}`);
    await holder.stop();
    await rm(other, { recursive: true, force: true });
  });
});
