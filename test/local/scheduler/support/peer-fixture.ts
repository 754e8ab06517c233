import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { ReminderTarget } from '../../../../lib/aws/eventbridge-reminder-scheduler';
import { HttpScheduler, type SchedulerApi } from '../../../../lib/aws/scheduler-api';
import {
  type SchedulerFiring,
  type SchedulerPeer,
  startSchedulerPeer,
} from '../../../../local/scheduler/peer';
import { FakeTime } from './fake-timers';

/** The production adapter's target, as the desk's stack outputs would give it. */
export const TARGET: ReminderTarget = {
  groupName: 'support-desk-reminders',
  functionArn: 'arn:aws:lambda:eu-west-1:000000000000:function:send-reminder',
  roleArn: 'arn:aws:iam::000000000000:role/scheduler',
  deadLetterQueueArn: 'arn:aws:sqs:eu-west-1:000000000000:reminders-dlq',
  maximumRetryAttempts: 2,
  maximumEventAgeInSeconds: 3_600,
};

/** A peer on a free port over a fresh folder, with fake time, a recorded target and an SDK client. */
export interface PeerFixture {
  peer: SchedulerPeer;
  readonly dir: string;
  readonly time: FakeTime;
  readonly invoked: Array<{ targetArn: string; input: string }>;
  readonly reports: SchedulerFiring[];
  /** What the target does on each call (default: answers 'sent'). */
  target: (input: string) => Promise<unknown>;
  client: SchedulerClient;
  /** The hand-signed client the functions use, at the current peer (what the production adapter is given). */
  readonly api: SchedulerApi;
  /** Stops the peer and starts a new one on the same folder (a restart of the desk). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a fixture at instant `start`. */
export async function startPeerFixture(start: number): Promise<PeerFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'scheduler-peer-'));
  const time = new FakeTime(start);
  const fixture = {
    dir,
    time,
    invoked: [],
    reports: [],
    target: async () => 'sent',
  } as unknown as PeerFixture;
  let http: HttpScheduler | undefined;
  const current = () => {
    if (!http) throw new Error('the peer is not running');
    return http;
  };
  Object.assign(fixture, {
    api: {
      createSchedule: (input) => current().createSchedule(input),
      deleteSchedule: (input) => current().deleteSchedule(input),
    } satisfies SchedulerApi,
  });
  const launch = async () => {
    fixture.peer = await startSchedulerPeer({
      port: 0,
      dir,
      now: time.now,
      timers: time,
      retryDelayMs: () => 1_000,
      invoke: async (targetArn, input) => {
        fixture.invoked.push({ targetArn, input });
        return fixture.target(input);
      },
      report: (firing) => fixture.reports.push(firing),
    });
    fixture.client = new SchedulerClient({
      endpoint: fixture.peer.endpoint,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    http = new HttpScheduler({
      endpoint: new URL(fixture.peer.endpoint),
      region: 'eu-west-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
  };
  await launch();
  fixture.restart = async () => {
    fixture.client.destroy();
    await fixture.peer.stop();
    await launch();
  };
  fixture.stop = async () => {
    fixture.client.destroy();
    await fixture.peer.stop();
    await rm(dir, { recursive: true, force: true });
  };
  return fixture;
}
