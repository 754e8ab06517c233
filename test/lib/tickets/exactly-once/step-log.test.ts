import { describe, expect, it } from 'vitest';
import type { Lease, StepResults, WorkLog } from '../../../../lib/ports/work-log';
import { CorruptRecordError } from '../../../../lib/tickets/errors';
import {
  CHANGE,
  NUMBER,
  operatorStep,
  ROUTE,
  sentMail,
} from '../../../../lib/tickets/exactly-once/recorded-steps';
import { isDone, recorded, recordStep, stepDef } from '../../../../lib/tickets/exactly-once/step-log';
import * as z from '../../../../lib/zod-mini';

/** A work log of one key in memory: first record wins, as the DynamoDB one. */
class OneKeyLog implements WorkLog {
  readonly results: Record<string, string> = {};
  async begin(_key: string, _lease: Lease): Promise<StepResults | null> {
    return { ...this.results };
  }
  async record(_key: string, step: string, result: string): Promise<string> {
    this.results[step] ??= result;
    return this.results[step] ?? result;
  }
  async finish(): Promise<void> {}
  async release(): Promise<void> {}
}

describe('typed step log', () => {
  it('reads back what was recorded, typed and validated', async () => {
    const log = new OneKeyLog();
    const route = await recordStep(log, 'k', ROUTE, { kind: 'reply', ticket: '2026-000001' });
    expect(route).toEqual({ kind: 'reply', ticket: '2026-000001' });
    expect(recorded('k', log.results, ROUTE)).toEqual(route);
    expect(isDone(log.results, ROUTE)).toBe(true);
    expect(recorded('k', log.results, NUMBER)).toBeUndefined();
  });

  it('returns the result recorded first, not the one offered later', async () => {
    const log = new OneKeyLog();
    await recordStep(log, 'k', NUMBER, '2026-000007');
    expect(await recordStep(log, 'k', NUMBER, '2026-000008')).toBe('2026-000007');
  });

  it('refuses a malformed record with a one-line error naming the record, the step and the field', () => {
    const done = { change: JSON.stringify({ kind: 'completed', clockStart: 'soon' }) };
    const read = () => recorded('msg#1', done, CHANGE);
    expect(read).toThrow(CorruptRecordError);
    expect(read).toThrow(/^stored record WORK#msg#1 is unreadable: step change\.clockStart: .+$/);
    try {
      read();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('\n');
    }
  });

  it('refuses a record of an unknown kind and a mail step whose ids are not strings', () => {
    expect(() => recorded('k', { route: '{"kind":"elsewhere"}' }, ROUTE)).toThrow(/step route/);
    expect(() => recorded('k', { ack: '[1,2]' }, sentMail('ack'))).toThrow(/step ack\.0:/);
    expect(() => recorded('k', { step0: 'maybe' }, operatorStep(0))).toThrow(/step step0: expected "done"/);
  });

  it('reads a plain-string record of before the typed log as that string', () => {
    expect(recorded('k', { number: '2026-000042' }, NUMBER)).toBe('2026-000042');
    expect(recorded('k', { step1: 'failed: ticket is closed' }, operatorStep(1))).toBe(
      'failed: ticket is closed',
    );
  });

  it('refuses to record a result its own schema refuses', async () => {
    const log = new OneKeyLog();
    const def = stepDef('n', z.number().check(z.int()));
    await expect(recordStep(log, 'k', def, 1.5)).rejects.toThrow(/step n: refusing to record/);
    expect(log.results).toEqual({});
  });

  it('builds a schema given as a function once, when a step of its kind is first read or recorded', async () => {
    let builds = 0;
    const def = stepDef('n', () => {
      builds += 1;
      return z.number().check(z.int());
    });
    expect(builds).toBe(0);
    await expect(recordStep(new OneKeyLog(), 'k', def, 1.5)).rejects.toThrow(/step n: refusing to record/);
    expect(recorded('k', { n: '7' }, def)).toBe(7);
    expect(builds).toBe(1);
  });
});
