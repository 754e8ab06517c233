import { describe, expect, it } from 'vitest';
import { DynamoWorkLog } from '../../../lib/aws/dynamo-work-log';
import { ATTEMPTS, type Lease } from '../../../lib/ports/work-log';
import { WorkInProgressError } from '../../../lib/tickets/errors';
import { type LocalTable, tablePerTest } from '../../support/dynalite';

const NOW = 1_800_000_000_000;
const lease = (token: string, now = NOW): Lease => ({
  token,
  now,
  until: now + 60_000,
  expiresAt: now + 86_400_000,
});

describe('DynamoWorkLog against dynalite', () => {
  let table: LocalTable;
  let log: DynamoWorkLog;
  tablePerTest((started) => {
    table = started;
    log = new DynamoWorkLog(started);
  });

  it('starts new work with no steps done, as its first attempt', async () => {
    expect(await log.begin('ingest#a', lease('attempt-1'))).toEqual({ [ATTEMPTS]: '1' });
  });

  it('starts new work with the results it is given, and an existing one with its own', async () => {
    expect(await log.begin('ingest#a', lease('attempt-1'), { route: 'first' })).toEqual({
      route: 'first',
      [ATTEMPTS]: '1',
    });
    await log.release('ingest#a', lease('attempt-1'));
    expect(await log.begin('ingest#a', lease('attempt-2'), { route: 'second' })).toEqual({
      route: 'first',
      [ATTEMPTS]: '2',
    });
  });

  it('refuses a second attempt while the first holds a live lease', async () => {
    await log.begin('ingest#a', lease('attempt-1'));
    await expect(log.begin('ingest#a', lease('attempt-2', NOW + 1000))).rejects.toBeInstanceOf(
      WorkInProgressError,
    );
  });

  it('lets only one of several concurrent attempts in', async () => {
    const attempts = await Promise.allSettled(
      ['a', 'b', 'c'].map((token) => log.begin('ingest#x', lease(token))),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
  });

  it('hands the steps done so far to an attempt that takes over an expired lease', async () => {
    await log.begin('ingest#a', lease('attempt-1'));
    await log.record('ingest#a', 'ticket', '2026-000007');
    expect(await log.begin('ingest#a', lease('attempt-2', NOW + 120_000))).toEqual({
      ticket: '2026-000007',
      [ATTEMPTS]: '2',
    });
  });

  it('keeps the first result recorded for a step', async () => {
    await log.begin('ingest#a', lease('attempt-1'));
    expect(await log.record('ingest#a', 'ticket', '2026-000007')).toBe('2026-000007');
    expect(await log.record('ingest#a', 'ticket', '2026-000008')).toBe('2026-000007');
  });

  it('answers null once the work has finished, even after the lease would have expired', async () => {
    await log.begin('ingest#a', lease('attempt-1'));
    await log.finish('ingest#a', lease('attempt-1'));
    expect(await log.begin('ingest#a', lease('attempt-2'))).toBeNull();
    expect(await log.begin('ingest#a', lease('attempt-3', NOW + 3_600_000))).toBeNull();
  });

  it('writes the TTL attribute in epoch seconds', async () => {
    await log.begin('ingest#a', lease('attempt-1'));
    const out = await table.client.getItem({
      TableName: table.tableName,
      Key: { pk: { S: 'WORK#ingest#a' }, sk: { S: 'WORK' } },
    });
    expect(out.Item?.expiresAt?.N).toBe(String((NOW + 86_400_000) / 1000));
  });
});

describe('DynamoWorkLog.release', () => {
  let log: DynamoWorkLog;
  tablePerTest((table) => {
    log = new DynamoWorkLog(table);
  });

  it('lets the next attempt in at once and keeps the steps done', async () => {
    await log.begin('ingest#a', lease('attempt-1'));
    await log.record('ingest#a', 'number', '2026-000001');
    await log.release('ingest#a', lease('attempt-1'));
    expect(await log.begin('ingest#a', lease('attempt-2', NOW + 1000))).toEqual({
      number: '2026-000001',
      [ATTEMPTS]: '2',
    });
  });

  it('leaves a lease taken over by another attempt alone', async () => {
    await log.begin('ingest#a', lease('attempt-1'));
    await log.begin('ingest#a', lease('attempt-2', NOW + 120_000));
    await log.release('ingest#a', lease('attempt-1'));
    await expect(log.begin('ingest#a', lease('attempt-3', NOW + 121_000))).rejects.toBeInstanceOf(
      WorkInProgressError,
    );
  });
});
