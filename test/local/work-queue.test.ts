import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../local/work-queue';

describe('WorkQueue', () => {
  it('never runs more tasks at once than its concurrency', async () => {
    const queue = new WorkQueue(3, () => {});
    let running = 0;
    let peak = 0;
    for (let i = 0; i < 20; i += 1) {
      queue.push(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await sleep(2);
        running -= 1;
      });
    }
    await queue.idle();
    expect(peak).toBe(3);
  });

  it('reports a task that rejects and goes on with the others', async () => {
    const crashes: unknown[] = [];
    const queue = new WorkQueue(1, (error) => crashes.push(error));
    let done = 0;
    queue.push(() => Promise.reject(new Error('boom')));
    queue.push(async () => {
      done += 1;
    });
    await queue.idle();
    expect({ crashes: crashes.length, done }).toEqual({ crashes: 1, done: 1 });
  });

  it('drops queued tasks on close but lets running ones finish', async () => {
    const queue = new WorkQueue(1, () => {});
    const finished: string[] = [];
    queue.push(async () => {
      await sleep(5);
      finished.push('running');
    });
    queue.push(async () => {
      finished.push('queued');
    });
    await queue.close();
    queue.push(async () => {
      finished.push('after close');
    });
    await queue.idle();
    expect(finished).toEqual(['running']);
  });
});
