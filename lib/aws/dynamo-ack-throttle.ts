import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { AckAttempt, AckThrottle } from '../ports/ack-throttle';
import { StoreError } from '../tickets/errors';
import { type AckWindow, countInWindow, windowExpiry } from '../tickets/intake/ack-window';
import { ConditionFailed, conditionHolds, dynamoCall } from './dynamo-call';
import { itemKey, type TableRef, TTL_ATTRIBUTE, ttlValue } from './ticket-table';

/** Concurrent acknowledgements to one address are rare (a burst from one robot); a few rereads settle it. */
const MAX_ATTEMPTS = 5;

/**
 * One item per recipient holding its sliding window (the acknowledgements counted in it and when,
 * see ack-window.ts, and `latest`, the newest of those instants), replaced on condition of the version read: the window is exact however the
 * attempts interleave, and a retried acknowledgement finds its key and is not counted again.
 */
export class DynamoAckThrottle implements AckThrottle {
  constructor(private readonly table: TableRef) {}

  /** Counts the attempt in each recipient's window in turn; false at the first full one. */
  async admit(attempt: AckAttempt): Promise<boolean> {
    for (const recipient of new Set(attempt.recipients)) {
      if (!(await this.admitOne(recipient, attempt))) return false;
    }
    return true;
  }

  private async admitOne(recipient: string, attempt: AckAttempt): Promise<boolean> {
    // Most acknowledgements go to someone with none in the window: one conditional write, no read.
    if (attempt.limit >= 1 && (await this.startWindow(recipient, attempt))) return true;
    for (let round = 1; round <= MAX_ATTEMPTS; round++) {
      const stored = await this.read(recipient);
      const verdict = countInWindow(stored.window, attempt);
      if (!verdict.admitted) return false;
      if (verdict.window === null) return true;
      try {
        await this.write(recipient, verdict.window, stored.version, attempt.windowMs);
        return true;
      } catch (error) {
        if (!(error instanceof ConditionFailed)) throw error;
      }
    }
    throw new StoreError('throttle update', new Error('the window kept changing under us'), true);
  }

  /**
   * Starts the recipient's window afresh with this attempt, on condition that nothing in the stored
   * one is still inside the window (`latest`, its newest instant, at or before the window's start),
   * or that there is none. False, with nothing written, when the window may hold something: then
   * it is read and counted (a retry of this very attempt is found there and not counted twice).
   */
  private async startWindow(recipient: string, attempt: AckAttempt): Promise<boolean> {
    const window: AckWindow = { [attempt.key]: attempt.at };
    return conditionHolds(
      dynamoCall('throttle start', () =>
        this.table.client.updateItem({
          TableName: this.table.tableName,
          Key: keyOf(recipient),
          UpdateExpression:
            'SET #window = :window, latest = :at, version = if_not_exists(version, :zero) + :one, #ttl = :ttl',
          ConditionExpression: 'attribute_not_exists(pk) OR latest <= :from',
          ExpressionAttributeNames: { '#window': 'window', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: {
            ':window': { S: JSON.stringify(window) },
            ':at': { N: String(attempt.at) },
            ':from': { N: String(attempt.at - attempt.windowMs) },
            ':zero': { N: '0' },
            ':one': { N: '1' },
            ':ttl': ttlValue(windowExpiry(window, attempt.windowMs)),
          },
        }),
      ),
    );
  }

  private async read(recipient: string): Promise<{ window: AckWindow; version: number }> {
    const out = await dynamoCall('throttle read', () =>
      this.table.client.getItem({
        TableName: this.table.tableName,
        Key: keyOf(recipient),
        ConsistentRead: true,
      }),
    );
    return { window: windowOf(out.Item), version: Number(out.Item?.version?.N ?? 0) };
  }

  private async write(
    recipient: string,
    window: AckWindow,
    version: number,
    windowMs: number,
  ): Promise<void> {
    await dynamoCall('throttle update', () =>
      this.table.client.putItem({
        TableName: this.table.tableName,
        Item: {
          ...keyOf(recipient),
          window: { S: JSON.stringify(window) },
          latest: { N: String(Math.max(0, ...Object.values(window))) },
          version: { N: String(version + 1) },
          [TTL_ATTRIBUTE]: ttlValue(windowExpiry(window, windowMs)),
        },
        ConditionExpression: version === 0 ? 'attribute_not_exists(pk)' : 'version = :version',
        ...(version === 0 ? {} : { ExpressionAttributeValues: { ':version': { N: String(version) } } }),
      }),
    );
  }
}

function keyOf(recipient: string): Record<string, { S: string }> {
  return itemKey(`THROTTLE#${recipient.toLowerCase()}`, 'THROTTLE');
}

/** The stored window; an unreadable one counts as empty (it only ever holds counts, and expires). */
function windowOf(item: Record<string, AttributeValue> | undefined): AckWindow {
  const text = item?.window?.S;
  if (text === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    );
  } catch {
    return {};
  }
}
