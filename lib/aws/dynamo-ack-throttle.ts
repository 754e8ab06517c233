import type { AckAttempt, AckThrottle } from '../ports/ack-throttle';
import { conditionHolds, dynamoCall } from './dynamo-call';
import { UpdateItemCommand } from './sdk/dynamodb';
import { itemKey, type TableRef, TTL_ATTRIBUTE, ttlValue } from './ticket-table';

/**
 * One item per sender and window holding the set of acknowledgement keys counted in it: adding
 * a key is idempotent (set union), and the condition caps the set's size at the limit.
 */
export class DynamoAckThrottle implements AckThrottle {
  constructor(private readonly table: TableRef) {}

  /** Adds the key to the window's set unless the set is full of other keys. */
  async admit(attempt: AckAttempt): Promise<boolean> {
    return conditionHolds(
      dynamoCall('throttle update', () =>
        this.table.client.send(
          new UpdateItemCommand({
            TableName: this.table.tableName,
            Key: itemKey(`THROTTLE#${attempt.sender}#${attempt.windowStart}`, 'THROTTLE'),
            UpdateExpression: 'ADD #keys :key SET #ttl = :ttl',
            ConditionExpression:
              'attribute_not_exists(#keys) OR size(#keys) < :limit OR contains(#keys, :one)',
            ExpressionAttributeNames: { '#keys': 'keys', '#ttl': TTL_ATTRIBUTE },
            ExpressionAttributeValues: {
              ':key': { SS: [attempt.key] },
              ':one': { S: attempt.key },
              ':limit': { N: String(attempt.limit) },
              ':ttl': ttlValue(attempt.expiresAt),
            },
          }),
        ),
      ),
    );
  }
}
