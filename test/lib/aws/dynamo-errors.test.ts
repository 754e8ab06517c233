import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { HttpDynamoDb } from '../../../lib/aws/dynamo-api';
import { DynamoTicketStore } from '../../../lib/aws/dynamo-ticket-store';
import { StaleTicketError, StoreError } from '../../../lib/tickets/errors';
import { startFakeS3 } from '../../support/fake-s3';
import { aTicket } from '../tickets/fixtures';

// DynamoDB as a real HTTP stand-in answering as the test says, so that the errors come through the
// hand-signed client's own reading of DynamoDB's JSON error answers, as they would on Lambda.
const dynamo = await startFakeS3();
afterAll(async () => dynamo.close());
const bodies: string[] = [];
const store = new DynamoTicketStore({
  client: new HttpDynamoDb({
    endpoint: dynamo.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    idleTimeoutMs: 200,
  }),
  tableName: 't',
});

/** Answers every request with `status` and DynamoDB's JSON error body for `name`; records request bodies. */
function answer(status: number, body: object, onRequest?: (target: string) => void): void {
  dynamo.handle((request: IncomingMessage, response: ServerResponse) => {
    let text = '';
    request.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    request.on('end', () => {
      bodies.push(text);
      onRequest?.(String(request.headers['x-amz-target']));
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(JSON.stringify(body));
    });
  });
}

function serviceError(name: string, status: number) {
  return () => answer(status, { __type: `com.amazonaws.dynamodb.v20120810#${name}`, message: name });
}

const neverAnswer = () => dynamo.handle(() => undefined);

describe('DynamoDB errors become domain errors', () => {
  it.each([
    ['throttling', serviceError('ProvisionedThroughputExceededException', 400), true],
    ['a 5xx', serviceError('InternalServerError', 500), true],
    ['a timeout', neverAnswer, true],
    ['a missing table', serviceError('ResourceNotFoundException', 400), false],
    ['a validation error', serviceError('ValidationException', 400), false],
  ])('turns %s into a StoreError that says whether to retry', async (_, arrange, retryable) => {
    arrange();
    const failure = await store.get('2026-000001').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).retryable).toBe(retryable);
    expect((failure as StoreError).message).toContain('ticket read');
  });

  it('turns a failed version condition into StaleTicketError', async () => {
    serviceError('ConditionalCheckFailedException', 400)();
    await expect(store.save(aTicket({ version: 3 }))).rejects.toBeInstanceOf(StaleTicketError);
  });

  it('writes the version condition on the version it read', async () => {
    const targets: string[] = [];
    answer(200, {}, (target) => targets.push(target));
    bodies.length = 0;
    await store.save(aTicket({ version: 3 }));
    expect(targets).toEqual(['DynamoDB_20120810.PutItem']);
    const input = JSON.parse(bodies[0] ?? '{}');
    expect(input?.ConditionExpression).toBe('version = :previous');
    expect(input?.ExpressionAttributeValues).toEqual({ ':previous': { N: '2' } });
    expect(input?.Item?.status).toEqual({ S: 'open' });
  });
});
