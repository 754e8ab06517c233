import { Worker } from 'node:worker_threads';
import { errorOf } from './peer-failure';
import type {
  PeerName,
  PeerPorts,
  PeerStartRequest,
  PeerThreadCommand,
  PeerThreadData,
  PeerThreadReply,
} from './peer-threads-protocol';

/** Where the peer threads' code is, and whether it is plain JavaScript (see local/desk-bundle.mjs). */
export interface PeerThreadEntry {
  readonly url: URL;
  /** False for TypeScript: each thread then loads it through the tsx the desk was started with. */
  readonly plainJavaScript: boolean;
}

/** The desk's peer threads: dynalite in one, aws-ses-v2-local and s3rver in another, beside the desk's thread. */
export interface PeerThreads {
  /** Starts the peers (once): their ports, or the first peer's error after the others are stopped. */
  start(request: PeerStartRequest): Promise<PeerPorts>;
  /** Stops the peers (servers closed, database released), then ends the threads; calling it again is harmless. */
  stop(): Promise<void>;
}

/**
 * Which peers share a thread. dynalite costs about as much CPU per message as the other two
 * together (a new request makes 8 table calls, 2 emails and a raw-mail put and read), so each
 * half has a thread: on one thread the peers were the desk's bottleneck, at twice the desk's own
 * CPU per message. (docs/benchmarks.md, "Local desk end to end", has the figures.)
 */
export const PEER_THREAD_GROUPS: readonly (readonly PeerName[])[] = [['dynamoDb'], ['ses', 's3']];

/**
 * Opens the peer threads, which load their peers' libraries at once: the desk calls this first
 * and loads its own code meanwhile. A thread is not a child process: it ends with the desk's
 * process whatever happens (a SIGKILL included), and its ports close with it.
 */
export function openPeerThreads(entry: PeerThreadEntry): PeerThreads {
  const threads = PEER_THREAD_GROUPS.map((peers) => openPeerThread(entry, { peers }));
  const stopAll = async () => {
    const stops = await Promise.allSettled(threads.map((thread) => thread.stop()));
    const failed = stops.find((stop) => stop.status === 'rejected');
    if (failed) throw failed.reason;
  };
  let stopping: Promise<void> | undefined;
  return {
    async start(request) {
      const starts = await Promise.allSettled(threads.map((thread) => thread.start(request)));
      const failed = starts.find((start) => start.status === 'rejected');
      if (failed) {
        await Promise.allSettled(threads.map((thread) => thread.stopPeers()));
        throw failed.reason;
      }
      const ports = Object.assign(
        {},
        ...starts.map((start) => (start.status === 'fulfilled' ? start.value : {})),
      );
      return ports as PeerPorts;
    },
    stop() {
      stopping ??= stopAll();
      return stopping;
    },
  };
}

interface PeerThread {
  start(request: PeerStartRequest): Promise<Partial<PeerPorts>>;
  /** Stops the thread's peers and keeps the thread: what a failed start of another thread asks. */
  stopPeers(): Promise<void>;
  stop(): Promise<void>;
}

function openPeerThread(entry: PeerThreadEntry, data: PeerThreadData): PeerThread {
  // Plain JavaScript needs no loader: a thread given the desk's `--import tsx` spends ~0.5 s of CPU registering it.
  const worker = new Worker(entry.url, {
    workerData: data,
    ...(entry.plainJavaScript ? { execArgv: [] } : {}),
  });
  let ended: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      ended ??= new Error(`the local peers' thread ended (exit code ${code})`);
      resolve();
    });
  });
  worker.on('error', (error) => {
    ended = error;
  });
  // One command at a time: each waits for its reply, or for the thread's end.
  const ask = async (command: PeerThreadCommand): Promise<PeerThreadReply> => {
    if (ended) throw ended;
    const reply = new Promise<PeerThreadReply | undefined>((resolve) => {
      worker.once('message', resolve);
      void exited.then(() => resolve(undefined));
    });
    worker.postMessage(command);
    const answer = await reply;
    if (answer === undefined) throw ended ?? new Error("the local peers' thread ended");
    return answer;
  };
  const stopPeers = async () => {
    const reply = ended ? undefined : await ask({ stop: true }).catch(() => undefined);
    if (reply && 'stopFailed' in reply) throw errorOf(reply.stopFailed);
  };
  let stopping: Promise<void> | undefined;
  return {
    async start(request) {
      const reply = await ask({ start: request });
      if ('started' in reply) return reply.started;
      throw 'startFailed' in reply
        ? errorOf(reply.startFailed)
        : new Error('the peer thread answered out of turn');
    },
    stopPeers,
    stop() {
      stopping ??= stopPeers().finally(() => worker.terminate());
      return stopping;
    },
  };
}
