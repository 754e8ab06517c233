import type { AttributeValue, QueryInput } from '@aws-sdk/client-dynamodb';
import { StoreError } from '../tickets/errors';
import { isTransient, sdkErrorName } from './sdk-errors';
import type { TableRef } from './ticket-table';

/** A condition expression of the request did not hold: the "already there" or "changed meanwhile" answer. */
export class ConditionFailed extends Error {
  constructor(readonly operation: string) {
    super(`condition of ${operation} did not hold`);
    this.name = 'ConditionFailed';
  }
}

/**
 * Runs one DynamoDB request, turning the client's errors (named as the SDK names them) into domain ones: a failed condition into
 * ConditionFailed (the caller decides what it means), everything else into StoreError.
 */
export async function dynamoCall<T>(operation: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (sdkErrorName(error) === 'ConditionalCheckFailedException') throw new ConditionFailed(operation);
    throw new StoreError(operation, error, isTransient(error));
  }
}

/** Awaits a conditional request: true when it was done, false when its condition did not hold. */
export async function conditionHolds(request: Promise<unknown>): Promise<boolean> {
  try {
    await request;
    return true;
  } catch (error) {
    if (error instanceof ConditionFailed) return false;
    throw error;
  }
}

/** Every item a Query of the table matches, page after page, each turned by `read` as its page arrives. */
export async function queryAll<T>(
  table: TableRef,
  operation: string,
  query: Omit<QueryInput, 'TableName' | 'ExclusiveStartKey'>,
  read: (item: Record<string, AttributeValue>) => T,
): Promise<T[]> {
  const found: T[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const out = await dynamoCall(operation, () =>
      table.client.query({ TableName: table.tableName, ...query, ExclusiveStartKey: start }),
    );
    for (const item of out.Items ?? []) found.push(read(item));
    start = out.LastEvaluatedKey;
  } while (start);
  return found;
}
