import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  DynamoDBServiceException,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { DynamoTicketStore } from '../../../lib/aws/dynamo-ticket-store';
import { StaleTicketError, StoreError } from '../../../lib/tickets/errors';
import { aTicket } from '../tickets/fixtures';

const dynamo = mockClient(DynamoDBClient);
const store = new DynamoTicketStore({ client: new DynamoDBClient({ region: 'eu-west-1' }), tableName: 't' });

function serviceError(name: string, status: number): DynamoDBServiceException {
  return new DynamoDBServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message: name,
  });
}

describe('DynamoDB errors become domain errors', () => {
  afterEach(() => dynamo.reset());

  it.each([
    ['throttling', serviceError('ProvisionedThroughputExceededException', 400), true],
    ['a 5xx', serviceError('InternalServerError', 500), true],
    ['a timeout', Object.assign(new Error('socket hang up'), { name: 'TimeoutError' }), true],
    ['a missing table', serviceError('ResourceNotFoundException', 400), false],
    ['a validation error', serviceError('ValidationException', 400), false],
  ])('turns %s into a StoreError that says whether to retry', async (_, error, retryable) => {
    dynamo.on(GetItemCommand).rejects(error);
    const failure = await store.get('2026-000001').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).retryable).toBe(retryable);
    expect((failure as StoreError).message).toContain('ticket read');
  });

  it('turns a failed version condition into StaleTicketError', async () => {
    dynamo
      .on(PutItemCommand)
      .rejects(
        new ConditionalCheckFailedException({ $metadata: {}, message: 'The conditional request failed' }),
      );
    await expect(store.save(aTicket({ version: 3 }))).rejects.toBeInstanceOf(StaleTicketError);
  });

  it('writes the version condition on the version it read', async () => {
    dynamo.on(PutItemCommand).resolves({});
    await store.save(aTicket({ version: 3 }));
    const input = dynamo.commandCalls(PutItemCommand)[0]?.args[0].input;
    expect(input?.ConditionExpression).toBe('version = :previous');
    expect(input?.ExpressionAttributeValues).toEqual({ ':previous': { N: '2' } });
    expect(input?.Item?.status).toEqual({ S: 'open' });
  });
});
