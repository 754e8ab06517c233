import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredSchedule } from '../../../local/scheduler/schedule';
import { ScheduleBook } from '../../../local/scheduler/schedule-book';

// Counts the file reads and listings the scheduler makes, passing every call through.
const calls = vi.hoisted(() => ({ readFile: 0, readdir: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    readFile: ((...args: Parameters<typeof fs.readFile>) => {
      calls.readFile += 1;
      return fs.readFile(...args);
    }) as typeof fs.readFile,
    readdir: ((...args: Parameters<typeof fs.readdir>) => {
      calls.readdir += 1;
      return fs.readdir(...args);
    }) as typeof fs.readdir,
  };
});

const GROUP = 'support-desk';
const NOW = Date.parse('2026-03-02T08:00:00Z');

function schedule(name: string, at: number): StoredSchedule {
  return {
    definition: {
      Name: name,
      GroupName: GROUP,
      ScheduleExpression: `at(${new Date(at).toISOString().slice(0, 19)})`,
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Target: { Arn: 'arn:aws:lambda:eu-west-1:000000000000:function:f', RoleArn: 'arn:aws:iam::0:role/r' },
    },
    at,
    creationDate: NOW,
    fired: false,
  };
}

/** A book over `pending` far-future schedules, written as files the way a desk that ran a while leaves them. */
async function bookWith(dir: string, pending: number): Promise<ScheduleBook> {
  await mkdir(join(dir, 'schedules'), { recursive: true });
  const far = Date.parse('2027-01-01T00:00:00Z');
  for (let i = 0; i < pending; i += 500) {
    const batch = Array.from({ length: Math.min(500, pending - i) }, (_, j) => {
      const stored = schedule(`far-${i + j}`, far + (i + j) * 1000);
      return writeFile(join(dir, 'schedules', `${GROUP}~far-${i + j}.json`), JSON.stringify(stored));
    });
    await Promise.all(batch);
  }
  return ScheduleBook.open(dir);
}

/** One pass that fires a due schedule: what the peer's timer does. Answers the files it read and listed. */
async function firingPass(book: ScheduleBook, name: string): Promise<typeof calls> {
  await book.create(schedule(name, NOW - 60_000));
  calls.readFile = 0;
  calls.readdir = 0;
  const due = book.takeDue(NOW);
  expect(due.map((s) => s.definition.Name)).toEqual([name]);
  await book.complete(due[0]!);
  book.earliest();
  return { ...calls };
}

describe('ScheduleBook, per pass', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  const freshDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'schedule-book-'));
    dirs.push(dir);
    return dir;
  };

  it('reads each kept schedule once, at open', async () => {
    calls.readFile = 0;
    await bookWith(await freshDir(), 300);
    expect(calls.readFile).toBe(300);
  });

  it('reads and lists no file in a pass, with 10 or with 1,000 pending', async () => {
    const small = await bookWith(await freshDir(), 10);
    const large = await bookWith(await freshDir(), 1_000);
    expect(await firingPass(small, 'due-small')).toEqual({ readFile: 0, readdir: 0 });
    expect(await firingPass(large, 'due-large')).toEqual({ readFile: 0, readdir: 0 });
    expect(large.pendingCount()).toBe(1_000);
  });
});
