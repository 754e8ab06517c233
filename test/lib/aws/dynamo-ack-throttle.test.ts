import { describe, expect, it } from 'vitest';
import { DynamoAckThrottle } from '../../../lib/aws/dynamo-ack-throttle';
import { itemKey, type TableRef } from '../../../lib/aws/ticket-table';
import type { AckAttempt } from '../../../lib/ports/ack-throttle';
import { countingTable, tablePerTest } from '../../support/dynalite';

const MINUTE = 60_000;
const attempt = (key: string, at: number, recipients = ['bot@example.net']): AckAttempt => ({
  recipients,
  at,
  windowMs: 60 * MINUTE,
  key,
  limit: 2,
});

describe('DynamoAckThrottle against dynalite', () => {
  let throttle: DynamoAckThrottle;
  let table: TableRef;
  tablePerTest((t) => {
    table = t;
    throttle = new DynamoAckThrottle(t);
  });

  it('admits up to the limit within the window and refuses the next', async () => {
    expect(await throttle.admit(attempt('a', 0))).toBe(true);
    expect(await throttle.admit(attempt('b', MINUTE))).toBe(true);
    expect(await throttle.admit(attempt('c', 2 * MINUTE))).toBe(false);
  });

  it('slides: what counts is the hour before, not the clock hour', async () => {
    // A fixed window would start afresh at 60 minutes and admit c.
    await throttle.admit(attempt('a', 50 * MINUTE));
    await throttle.admit(attempt('b', 55 * MINUTE));
    expect(await throttle.admit(attempt('c', 65 * MINUTE))).toBe(false);
    // At 111 minutes a has left the window: one more fits.
    expect(await throttle.admit(attempt('d', 111 * MINUTE))).toBe(true);
    expect(await throttle.admit(attempt('e', 112 * MINUTE))).toBe(false);
  });

  it('admits a retried acknowledgement again without counting it twice', async () => {
    expect(await throttle.admit(attempt('a', 0))).toBe(true);
    expect(await throttle.admit(attempt('a', 0))).toBe(true);
    expect(await throttle.admit(attempt('b', MINUTE))).toBe(true);
    // The window is full, yet a retry of a is the same acknowledgement.
    expect(await throttle.admit(attempt('a', 0))).toBe(true);
    expect(await throttle.admit(attempt('c', 2 * MINUTE))).toBe(false);
  });

  it('counts every recipient: one whose window is full holds the acknowledgement back', async () => {
    await throttle.admit(attempt('a', 0, ['full@example.net']));
    await throttle.admit(attempt('b', MINUTE, ['full@example.net']));
    expect(await throttle.admit(attempt('c', 2 * MINUTE, ['free@example.net', 'FULL@example.net']))).toBe(
      false,
    );
    expect(await throttle.admit(attempt('d', 3 * MINUTE, ['other@example.net', 'free@example.net']))).toBe(
      true,
    );
    // free@ was counted for c and d: its window is full now.
    expect(await throttle.admit(attempt('e', 4 * MINUTE, ['free@example.net']))).toBe(false);
  });

  it('admits exactly the limit when attempts race', async () => {
    const verdicts = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((key, i) => throttle.admit(attempt(key, i * 1000))),
    );
    expect(verdicts.filter(Boolean)).toHaveLength(2);
  });

  it('keeps no more entries than the limit and expires the record after its window', async () => {
    for (let i = 0; i < 10; i++) await throttle.admit(attempt(`k${i}`, i * 40 * MINUTE));
    const out = await table.client.getItem({
      TableName: table.tableName,
      Key: itemKey('THROTTLE#bot@example.net', 'THROTTLE'),
    });
    expect(Object.keys(JSON.parse(out.Item?.window?.S ?? '{}')).length).toBeLessThanOrEqual(2);
    expect(Number(out.Item?.expiresAt?.N)).toBe((9 * 40 * MINUTE + 60 * MINUTE) / 1000);
  });

  /** The throttle over a client that counts the calls it makes, by operation. */
  function countingThrottle(): { throttle: DynamoAckThrottle; calls: string[] } {
    const calls: string[] = [];
    return { throttle: new DynamoAckThrottle(countingTable(table, calls)), calls };
  }

  it('admits an acknowledgement to someone with an empty window in one write, and reads none', async () => {
    const { throttle: counted, calls } = countingThrottle();
    expect(await counted.admit(attempt('a', 0))).toBe(true);
    expect(calls).toEqual(['updateItem']);
    // An hour later the window is empty again: one write again, and the old entry no longer counts.
    calls.length = 0;
    expect(await counted.admit(attempt('b', 61 * MINUTE))).toBe(true);
    expect(calls).toEqual(['updateItem']);
    expect(await counted.admit(attempt('c', 62 * MINUTE))).toBe(true);
    expect(await counted.admit(attempt('d', 63 * MINUTE))).toBe(false);
  });

  it('counts a window stored before it carried its newest instant', async () => {
    await table.client.putItem({
      TableName: table.tableName,
      Item: {
        ...itemKey('THROTTLE#bot@example.net', 'THROTTLE'),
        window: { S: JSON.stringify({ a: 0, b: MINUTE }) },
        version: { N: '2' },
      },
    });
    expect(await throttle.admit(attempt('c', 2 * MINUTE))).toBe(false);
    expect(await throttle.admit(attempt('d', 61 * MINUTE))).toBe(true);
  });
});
