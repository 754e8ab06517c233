import type { AttributeValue, UpdateItemInput } from '@aws-sdk/client-dynamodb';
import { ATTEMPTS, type Lease, type StepResults, type WorkLog } from '../ports/work-log';
import { CorruptRecordError, WorkInProgressError } from '../tickets/errors';
import { ConditionFailed, conditionHolds, dynamoCall } from './dynamo-call';
import { itemKey, type TableRef, TTL_ATTRIBUTE, ttlValue } from './ticket-table';

/**
 * Idempotency records (`WORK#<key>`): a lease taken with a conditional update, step results in
 * a map written first-wins, and a TTL so finished work is forgotten once no redelivery can come.
 */
export class DynamoWorkLog implements WorkLog {
  constructor(private readonly table: TableRef) {}

  /**
   * Takes the lease if the record is new, its lease expired or this attempt already holds it,
   * counting the attempt; a new record starts with `first` as its results.
   */
  async begin(key: string, lease: Lease, first: StepResults = {}): Promise<StepResults | null> {
    try {
      const out = await this.update('work begin', key, {
        UpdateExpression:
          'SET leaseToken = :token, leaseUntil = :until, #ttl = :ttl, results = if_not_exists(results, :first), attempts = if_not_exists(attempts, :zero) + :one',
        ConditionExpression:
          'attribute_not_exists(pk) OR (attribute_not_exists(finishedAt) AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now OR leaseToken = :token))',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: {
          ':token': { S: lease.token },
          ':until': { N: String(lease.until) },
          ':now': { N: String(lease.now) },
          ':ttl': ttlValue(lease.expiresAt),
          ':first': {
            M: Object.fromEntries(Object.entries(first).map(([step, text]) => [step, { S: text }])),
          },
          ':zero': { N: '0' },
          ':one': { N: '1' },
        },
        ReturnValues: 'ALL_NEW',
      });
      return { ...readResults(key, out.Attributes), [ATTEMPTS]: out.Attributes?.attempts?.N ?? '' };
    } catch (error) {
      if (!(error instanceof ConditionFailed)) throw error;
      const item = await this.read(key);
      if (item?.finishedAt) return null;
      throw new WorkInProgressError(key, Number(item?.leaseUntil?.N ?? lease.until));
    }
  }

  /** Sets the step's result unless one is there already; returns whichever is stored. */
  async record(key: string, step: string, result: string): Promise<string> {
    const written = await conditionHolds(
      this.update('work record', key, {
        UpdateExpression: 'SET results.#step = :result',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(results.#step)',
        ExpressionAttributeNames: { '#step': step },
        ExpressionAttributeValues: { ':result': { S: result } },
      }),
    );
    if (written) return result;
    const stored = readResults(key, await this.read(key))[step];
    if (stored === undefined) throw new CorruptRecordError(`WORK#${key}`, 'record: missing');
    return stored;
  }

  /** Marks the work finished and drops the lease. */
  async finish(key: string, lease: Lease): Promise<void> {
    await this.update('work finish', key, {
      UpdateExpression: 'SET finishedAt = :now, #ttl = :ttl REMOVE leaseToken, leaseUntil',
      ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
      ExpressionAttributeValues: {
        ':now': { N: String(lease.now) },
        ':ttl': ttlValue(lease.expiresAt),
      },
    });
  }

  /** Drops the lease if this attempt still holds it; the step results stay for the next attempt. */
  async release(key: string, lease: Lease): Promise<void> {
    // A condition that did not hold: this attempt no longer holds the lease, so there is none to drop.
    await conditionHolds(
      this.update('work release', key, {
        UpdateExpression: 'REMOVE leaseToken, leaseUntil',
        ConditionExpression: 'leaseToken = :token',
        ExpressionAttributeValues: { ':token': { S: lease.token } },
      }),
    );
  }

  /** One UpdateItem on the work record of `key`. */
  private update(operation: string, key: string, update: Omit<UpdateItemInput, 'TableName' | 'Key'>) {
    return dynamoCall(operation, () =>
      this.table.client.updateItem({ TableName: this.table.tableName, Key: workKey(key), ...update }),
    );
  }

  private async read(key: string): Promise<Record<string, AttributeValue> | undefined> {
    const out = await dynamoCall('work read', () =>
      this.table.client.getItem({ TableName: this.table.tableName, Key: workKey(key), ConsistentRead: true }),
    );
    return out.Item;
  }
}

function workKey(key: string): Record<string, { S: string }> {
  return itemKey(`WORK#${key}`, 'WORK');
}

function readResults(key: string, item: Record<string, AttributeValue> | undefined): StepResults {
  const map = item?.results?.M;
  if (map === undefined) throw new CorruptRecordError(`WORK#${key}`, 'results: missing');
  const results: Record<string, string> = {};
  for (const [step, value] of Object.entries(map)) {
    if (value.S !== undefined) results[step] = value.S;
  }
  return results;
}
