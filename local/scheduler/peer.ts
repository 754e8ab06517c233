import { createServer } from 'node:http';
import { closeHttpServer, listenOnLoopback } from '../listen';
import { LOCAL_ACCOUNT } from '../local-stack';
import { LOCAL_REGION } from '../settings';
import { Firing, type SchedulerFiring } from './firing';
import { route } from './routes';
import { ScheduleBook } from './schedule-book';
import { localRetryDelayMs, NODE_TIMERS, type PeerTimers } from './timers';

export type { SchedulerFiring } from './firing';
export { FIRE_DUE_PATH } from './routes';

/** The environment variable that sets the scheduler peer's port. */
export const SCHEDULER_PORT = 'SCHEDULER_PORT';
/** The scheduler peer's port when SCHEDULER_PORT is not set. */
export const DEFAULT_SCHEDULER_PORT = 8007;

/** How to run the peer. */
export interface SchedulerPeerOptions {
  /** 0 = any free port. */
  readonly port: number;
  /** Where schedules (and dead letters) are kept across restarts. */
  readonly dir: string;
  /** Stands for Scheduler invoking the target (the send-reminder Lambda) with `Target.Input`. */
  invoke(targetArn: string, input: string): Promise<unknown>;
  now(): number;
  /** Told of every firing, by the timer or by fireDue; dead-lettered ones included. */
  report?(firing: SchedulerFiring): void;
  /** Defaults to Node's timers. */
  readonly timers?: PeerTimers;
  /** Wait before the n-th retry (default 0.25 s doubling to 5 s). */
  retryDelayMs?(retry: number): number;
  /** Region written in ARNs (default the local desk's). */
  readonly region?: string;
}

/** A running EventBridge Scheduler peer. */
export interface SchedulerPeer {
  readonly port: number;
  /** `http://127.0.0.1:<port>`, what a SchedulerClient's `endpoint` is set to. */
  readonly endpoint: string;
  /** Fires, as of `at`, every pending schedule due at or before it; answers what each firing did. */
  fireDue(at: number): Promise<SchedulerFiring[]>;
  /** How many schedules wait for their firing. */
  pendingCount(): number;
  /** Closes the server and the timer, and waits for invocations under way; calling it again is harmless. */
  stop(): Promise<void>;
}

/**
 * Starts the Scheduler peer on 127.0.0.1: loads the kept schedules once, listens, then arms its
 * timer, so a schedule that fell due while the desk was down fires right after start.
 */
export async function startSchedulerPeer(options: SchedulerPeerOptions): Promise<SchedulerPeer> {
  const book = await ScheduleBook.open(options.dir);
  const firing = new Firing({
    book,
    invoke: options.invoke,
    now: options.now,
    timers: options.timers ?? NODE_TIMERS,
    retryDelayMs: options.retryDelayMs ?? localRetryDelayMs,
    ...(options.report ? { report: options.report } : {}),
  });
  const deps = {
    book,
    firing,
    now: options.now,
    scope: { region: options.region ?? LOCAL_REGION, account: LOCAL_ACCOUNT },
  };
  const server = createServer((request, response) => void route(deps, request, response));
  const port = await listenOnLoopback(server, options.port, 'EventBridge Scheduler', SCHEDULER_PORT);
  firing.arm();
  let stopped: Promise<void> | undefined;
  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    fireDue: (at) => firing.fireDue(at),
    pendingCount: () => book.pendingCount(),
    // A second stop waits for the first: the desk's shutdown and a failed start may both call it.
    stop: () => {
      stopped ??= closeHttpServer(server).then(() => firing.stop());
      return stopped;
    },
  };
}
