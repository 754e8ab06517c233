import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { FiringResult, ReminderFiring } from '../../local/reminder-firing';
import { startReminderLoop } from '../../local/reminder-loop';

const result = (at: number): FiringResult => ({
  schedule: {
    name: `s${at}`,
    at,
    timeZone: 'UTC',
    payload: { ticket: '2026-000001', kind: 'take-charge-due' },
  },
  fired: true,
  result: null,
});

describe('startReminderLoop', () => {
  it('fires at the current instant on every tick and reports only ticks that fired something', async () => {
    const asked: number[] = [];
    let clock = 1_000;
    const firing = {
      fireDue: async (at: number) => {
        asked.push(at);
        return at === 1_000 ? [result(at)] : [];
      },
    } as unknown as ReminderFiring;
    const reports: FiringResult[][] = [];
    const loop = startReminderLoop({
      firing,
      now: () => {
        clock += 1;
        return clock - 1;
      },
      intervalMs: 1,
      report: (results) => reports.push([...results]),
      crash: () => {},
    });
    await sleep(30);
    await loop.stop();
    expect(asked.slice(0, 3)).toEqual([1_000, 1_001, 1_002]);
    expect(reports).toEqual([[result(1_000)]]);
  });

  it('waits for a firing under way before it reports stopped', async () => {
    let finished = false;
    const firing = {
      fireDue: async () => {
        await sleep(20);
        finished = true;
        return [];
      },
    } as unknown as ReminderFiring;
    const loop = startReminderLoop({
      firing,
      now: () => 0,
      intervalMs: 1_000,
      report: () => {},
      crash: () => {},
    });
    await sleep(5);
    await loop.stop();
    expect(finished).toBe(true);
  });
});
