import { describe, expect, it } from 'vitest';
import { DynamoAckThrottle } from '../../../lib/aws/dynamo-ack-throttle';
import type { AckAttempt } from '../../../lib/ports/ack-throttle';
import { tablePerTest } from '../../support/dynalite';

const attempt = (key: string, windowStart = 0): AckAttempt => ({
  sender: 'bot@example.net',
  windowStart,
  key,
  limit: 2,
  expiresAt: 7_200_000,
});

describe('DynamoAckThrottle against dynalite', () => {
  let throttle: DynamoAckThrottle;
  tablePerTest((table) => {
    throttle = new DynamoAckThrottle(table);
  });

  it('admits up to the limit per window and refuses the next', async () => {
    expect(await throttle.admit(attempt('a'))).toBe(true);
    expect(await throttle.admit(attempt('b'))).toBe(true);
    expect(await throttle.admit(attempt('c'))).toBe(false);
  });

  it('admits the same acknowledgement again, so a retry is not throttled by itself', async () => {
    await throttle.admit(attempt('a'));
    await throttle.admit(attempt('b'));
    expect(await throttle.admit(attempt('a'))).toBe(true);
  });

  it('starts counting afresh in the next window', async () => {
    await throttle.admit(attempt('a'));
    await throttle.admit(attempt('b'));
    expect(await throttle.admit(attempt('c', 3_600_000))).toBe(true);
  });
});
