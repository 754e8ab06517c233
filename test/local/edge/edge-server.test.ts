import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { GetScheduleCommand, ListSchedulesCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import aws4 from 'aws4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectReader } from '../../../lib/aws/s3-object-reader';
import { sdkDynamoDb } from '../../../lib/aws/sdk/dynamodb-api';
import { createTicketTable } from '../../../lib/aws/ticket-table';
import { startEdge } from '../../../local/edge/edge-server';
import { LOCAL_KEYS, LOCAL_RAW_BUCKET } from '../../../local/s3-peer';
import { LOCAL_REGION } from '../../../local/settings';
import { type EdgeWorld, STACK, startEdgeWorld } from './peers-world';

const config = (endpoint: string) => ({
  endpoint,
  region: LOCAL_REGION,
  credentials: { ...LOCAL_KEYS },
  maxAttempts: 1,
});

let world: EdgeWorld;
beforeAll(async () => {
  world = await startEdgeWorld();
});
afterAll(() => world.stop());

const reader = (endpoint: string, secretAccessKey: string = LOCAL_KEYS.secretAccessKey) =>
  new S3ObjectReader({
    region: LOCAL_REGION,
    credentials: { accessKeyId: LOCAL_KEYS.accessKeyId, secretAccessKey },
    endpoint: new URL(endpoint),
    now: Date.now,
    sleep: async () => {},
    maxAttempts: 1,
  });

describe('the edge endpoint, one address that answers as AWS', () => {
  it("forwards DynamoDB calls to dynalite: the edge's table is the peer's", async () => {
    const direct = new DynamoDBClient(config(world.dynamoDbEndpoint));
    const viaEdge = new DynamoDBClient(config(world.edge.endpoint));
    await createTicketTable(sdkDynamoDb(viaEdge), 'through-the-edge');
    const seen = await direct.send(new ListTablesCommand({}));
    direct.destroy();
    viaEdge.destroy();
    expect(seen.TableNames).toContain('through-the-edge');
  });

  it('forwards SES calls (signed as ses) to the outbox', async () => {
    const ses = new SESClient(config(world.edge.endpoint));
    const raw = 'From: support@example.com\r\nTo: anna@example.net\r\nSubject: via the edge\r\n\r\nhello\r\n';
    const sent = await ses.send(
      new SendRawEmailCommand({ Source: 'support@example.com', RawMessage: { Data: Buffer.from(raw) } }),
    );
    ses.destroy();
    const store = (await (await fetch(world.ses.storeUrl)).json()) as { emails: { messageId: string }[] };
    expect(store.emails.map((email) => email.messageId)).toContain(sent.MessageId);
  });

  it('forwards a signed S3 GET with its Host, so that s3rver verifies the signature', async () => {
    await world.s3.put('inbound/edge-1', new TextEncoder().encode('Subject: raw\r\n\r\nbody'));
    const start = await reader(world.edge.endpoint).readStart(LOCAL_RAW_BUCKET, 'inbound/edge-1', 1024);
    expect(new TextDecoder().decode(start.bytes)).toBe('Subject: raw\r\n\r\nbody');
  });

  it('leaves a bad S3 signature for s3rver to refuse', async () => {
    const wrong = reader(world.edge.endpoint, 'not-the-key');
    await expect(wrong.readStart(LOCAL_RAW_BUCKET, 'inbound/edge-1', 1024)).rejects.toThrow(/403|Signature/);
  });

  it('forwards a presigned S3 URL (X-Amz-Credential) unchanged', async () => {
    const signed = aws4.sign(
      {
        host: `127.0.0.1:${world.edge.port}`,
        path: `/${LOCAL_RAW_BUCKET}/inbound/edge-1`,
        service: 's3',
        region: LOCAL_REGION,
        signQuery: true,
      },
      LOCAL_KEYS,
    );
    const answer = await fetch(`${world.edge.endpoint}${signed.path}`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('Subject: raw\r\n\r\nbody');
  });

  it('answers DescribeStacks for the stack local to the CloudFormation client, outputs and all', async () => {
    const cloudFormation = new CloudFormationClient(config(world.edge.endpoint));
    const out = await cloudFormation.send(new DescribeStacksCommand({ StackName: 'local' }));
    cloudFormation.destroy();
    expect(out.Stacks).toEqual([
      expect.objectContaining({ StackName: 'local', StackId: STACK.id, StackStatus: 'CREATE_COMPLETE' }),
    ]);
    expect(out.Stacks?.[0]?.CreationTime).toEqual(STACK.createdAt);
    expect(out.Stacks?.[0]?.Outputs).toEqual([
      { OutputKey: 'TicketTableName', OutputValue: 'support-desk-local' },
      { OutputKey: 'SupportAddress', OutputValue: 'support@example.com' },
    ]);
  });

  it('answers any other stack as AWS does: 400 ValidationError, "does not exist"', async () => {
    const cloudFormation = new CloudFormationClient(config(world.edge.endpoint));
    const failure = await cloudFormation
      .send(new DescribeStacksCommand({ StackName: 'prod' }))
      .catch((error: unknown) => error);
    cloudFormation.destroy();
    expect(failure).toMatchObject({
      name: 'ValidationError',
      message: 'Stack with id prod does not exist',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('answers Scheduler calls with 503 and a clear message while no Scheduler peer runs', async () => {
    const scheduler = new SchedulerClient(config(world.edge.endpoint));
    const failure = await scheduler.send(new ListSchedulesCommand({})).catch((error: unknown) => error);
    scheduler.destroy();
    expect(failure).toMatchObject({ $metadata: { httpStatusCode: 503 } });
    expect((failure as Error).message).toBe(
      'the local desk runs no Scheduler peer yet: its reminders are kept by the file scheduler',
    );
  });

  it('forwards Scheduler calls, signature and Host intact, once the Scheduler port is given', async () => {
    const scheduler = new SchedulerClient(config(world.withScheduler.endpoint));
    await scheduler.send(new GetScheduleCommand({ Name: '2026-000001-take-charge-due', GroupName: 'g' }));
    scheduler.destroy();
    const seen = world.schedulerSeen.at(-1);
    expect(seen).toMatchObject({ method: 'GET', url: '/schedules/2026-000001-take-charge-due?groupName=g' });
    expect(seen?.headers.host).toBe(`127.0.0.1:${world.withScheduler.port}`);
    expect(seen?.headers.authorization).toMatch(
      /Credential=S3RVER\/\d{8}\/eu-west-1\/scheduler\/aws4_request/,
    );
  });

  it('forwards an unsigned POST /_local/fire-due to the Scheduler peer, body and all', async () => {
    const answer = await fetch(`${world.withScheduler.endpoint}/_local/fire-due`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: '2027-06-30T12:00:00Z' }),
    });
    expect(answer.status).toBe(200);
    expect(world.schedulerSeen.at(-1)).toMatchObject({
      method: 'POST',
      url: '/_local/fire-due',
      body: '{"at":"2027-06-30T12:00:00Z"}',
    });
    const without = await fetch(`${world.edge.endpoint}/_local/fire-due`, { method: 'POST', body: '{}' });
    expect(without.status).toBe(503);
  });

  it('refuses a service it does not serve, and an unsigned request, with a clear JSON error', async () => {
    const sqs = await fetch(world.edge.endpoint, {
      method: 'POST',
      headers: {
        authorization:
          'AWS4-HMAC-SHA256 Credential=S3RVER/20261201/eu-west-1/sqs/aws4_request, SignedHeaders=host, Signature=00',
      },
    });
    expect(sqs.status).toBe(400);
    expect(await sqs.json()).toEqual({
      __type: 'UnknownService',
      message: `the local desk's edge does not serve "sqs"; it serves dynamodb, ses, email, s3, scheduler, cloudformation`,
    });
    const unsigned = await fetch(world.edge.endpoint);
    expect(unsigned.status).toBe(400);
    expect(((await unsigned.json()) as { message: string }).message).toMatch(/^unsigned request: /);
  });

  it('fails to start on a taken port with one line naming EDGE_PORT', async () => {
    const taken = startEdge({
      port: world.edge.port,
      peers: { dynamoDb: 1, ses: 1, s3: 1, scheduler: null },
      stack: STACK,
    });
    await expect(taken).rejects.toThrow(
      `AWS edge cannot listen on 127.0.0.1:${world.edge.port} (the port is in use); set EDGE_PORT to a free port`,
    );
  });
});
