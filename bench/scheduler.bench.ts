import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { startSchedulerPeer } from '../local/scheduler/peer';
import type { StoredSchedule } from '../local/scheduler/schedule';
import { LocalReminderScheduler } from './baselines/file-scheduler';
import { ReminderFiring } from './baselines/file-scheduler-firing';

// What one reminder's firing costs with 10 and with 10,000 schedules pending, for the local
// Scheduler peer (min-heap and one timer) and, as the baseline, the file scheduler it replaces
// (every pass reads every pending file). The ratio 10,000 / 10 is the point: about 1 for the peer.
// Each firing is one due schedule among N far-future ones; the firing itself (invoke, delete its
// file) is timed, creating it is not. Target: the peer's ratio under 2.

const GROUP = 'support-desk-reminders';
const FUNCTION = 'arn:aws:lambda:eu-west-1:000000000000:function:send-reminder';
const NOW = Date.parse('2026-03-02T08:00:00Z');
const FAR = Date.parse('2027-01-01T00:00:00Z');

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Writes `count` far-future schedules in the peer's file format, as a desk that ran for a while leaves them. */
async function seedPeer(dir: string, count: number): Promise<void> {
  await mkdir(join(dir, 'schedules'), { recursive: true });
  for (let i = 0; i < count; i += 500) {
    const batch = Array.from({ length: Math.min(500, count - i) }, (_, j) => {
      const name = `t-2026-${String(i + j).padStart(6, '0')}-resolution-due`;
      const stored: StoredSchedule = {
        definition: {
          Name: name,
          GroupName: GROUP,
          ScheduleExpression: 'at(2027-01-01T00:00:00)',
          State: 'ENABLED',
          FlexibleTimeWindow: { Mode: 'OFF' },
          ActionAfterCompletion: 'DELETE',
          Target: { Arn: FUNCTION, RoleArn: 'arn:aws:iam::000000000000:role/scheduler', Input: '{}' },
        },
        at: FAR + i + j,
        creationDate: NOW,
        fired: false,
      };
      return writeFile(join(dir, 'schedules', `${GROUP}~${name}.json`), JSON.stringify(stored));
    });
    await Promise.all(batch);
  }
}

/** A peer over `pending` far-future schedules; `fireOnce` creates one due schedule and times its firing. */
async function benchPeer(pending: number) {
  const dir = await mkdtemp(join(tmpdir(), 'scheduler-bench-'));
  await seedPeer(dir, pending);
  const started = performance.now();
  // Timers that never run: each firing is the bench's own fireDue, timed alone.
  const timers = { setTimeout: () => 0, clearTimeout: () => {} };
  const peer = await startSchedulerPeer({ port: 0, dir, invoke: async () => null, now: () => NOW, timers });
  const startMs = performance.now() - started;
  const client = new SchedulerClient({
    endpoint: peer.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  let run = 0;
  const times: number[] = [];
  return {
    startMs,
    times,
    async fireOnce(): Promise<void> {
      await client.send(
        new CreateScheduleCommand({
          Name: `due-${run++}`,
          GroupName: GROUP,
          ScheduleExpression: 'at(2026-03-02T07:00:00)',
          FlexibleTimeWindow: { Mode: 'OFF' },
          ActionAfterCompletion: 'DELETE',
          Target: { Arn: FUNCTION, RoleArn: 'arn:aws:iam::000000000000:role/scheduler' },
        }),
      );
      const fired = performance.now();
      const firings = await peer.fireDue(NOW);
      times.push(performance.now() - fired);
      if (firings.length !== 1 || peer.pendingCount() !== pending)
        throw new Error('the bench fired the wrong schedules');
    },
    async stop(): Promise<void> {
      client.destroy();
      await peer.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Both peers run side by side and take turns, so the machine's load weighs on both alike. */
async function peerFirings(runs: number): Promise<{ small: number; large: number; startMs: number }> {
  const small = await benchPeer(10);
  const large = await benchPeer(10_000);
  for (let i = 0; i < runs; i++) {
    await small.fireOnce();
    await large.fireOnce();
  }
  await small.stop();
  await large.stop();
  return { small: median(small.times), large: median(large.times), startMs: large.startMs };
}

async function fileSchedulerFiring(pending: number, runs: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'file-scheduler-bench-'));
  const schedules = new LocalReminderScheduler(join(dir, 'schedules'));
  const payload = { ticket: '2026-000001', kind: 'resolution-due' } as const;
  for (let i = 0; i < pending; i += 500) {
    const batch = Array.from({ length: Math.min(500, pending - i) }, (_, j) =>
      schedules.create({ name: `far-${i + j}`, at: FAR, timeZone: 'UTC', payload }),
    );
    await Promise.all(batch);
  }
  const firing = new ReminderFiring({
    schedules,
    scheduleDir: join(dir, 'schedules'),
    claimDir: join(dir, 'claims'),
    handler: async () => null,
  });
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await schedules.create({ name: `due-${run}`, at: NOW - 1, timeZone: 'UTC', payload });
    const fired = performance.now();
    await firing.fireDue(NOW);
    times.push(performance.now() - fired);
  }
  await rm(dir, { recursive: true, force: true });
  return median(times);
}

const peers = await peerFirings(300);
const fileSmall = await fileSchedulerFiring(10, 20);
const fileLarge = await fileSchedulerFiring(10_000, 5);
const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(52)} ${value}\n`);
line('scheduler peer: one firing, 10 pending (median)', `${peers.small.toFixed(2)} ms`);
line('scheduler peer: one firing, 10,000 pending (median)', `${peers.large.toFixed(2)} ms`);
line('scheduler peer: ratio 10,000 / 10 (target < 2)', `${(peers.large / peers.small).toFixed(2)}x`);
line('scheduler peer: start, loading 10,000 pending', `${peers.startMs.toFixed(0)} ms`);
line('file scheduler (baseline): one firing, 10 pending', `${fileSmall.toFixed(2)} ms`);
line('file scheduler (baseline): one firing, 10,000 pending', `${fileLarge.toFixed(2)} ms`);
line('file scheduler (baseline): ratio 10,000 / 10', `${(fileLarge / fileSmall).toFixed(1)}x`);
