import { StoreError } from '../tickets/errors';
import { isTransient, sdkErrorName } from './sdk-errors';

/** A condition expression of the request did not hold: the "already there" or "changed meanwhile" answer. */
export class ConditionFailed extends Error {
  constructor(readonly operation: string) {
    super(`condition of ${operation} did not hold`);
    this.name = 'ConditionFailed';
  }
}

/**
 * Runs one DynamoDB request, turning SDK errors into domain ones: a failed condition into
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
