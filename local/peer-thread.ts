import { Worker } from 'node:worker_threads';
import { errorOf } from './peer-failure';
import type { PeerPorts, PeerStartRequest, PeerThreadCommand, PeerThreadReply } from './peer-thread-protocol';

/** Where the peer thread's code is, and whether it is plain JavaScript (see local/desk-bundle.ts). */
export interface PeerThreadEntry {
  readonly url: URL;
  /** False for TypeScript: the thread then loads it through the tsx the desk was started with. */
  readonly plainJavaScript: boolean;
}

/** The desk's peer thread: dynalite, aws-ses-v2-local and s3rver, on another core than the desk. */
export interface PeerThread {
  /** Starts the peers (once): their ports, or the first peer's error after the others are stopped. */
  start(request: PeerStartRequest): Promise<PeerPorts>;
  /** Stops the peers (servers closed, database released), then ends the thread; calling it again is harmless. */
  stop(): Promise<void>;
}

/**
 * Opens the peer thread, which loads the peers' libraries at once: the desk calls this first and
 * loads its own code meanwhile. A thread is not a child process: it ends with the desk's process
 * whatever happens (a SIGKILL included), and its ports close with it.
 */
export function openPeerThread(entry: PeerThreadEntry): PeerThread {
  // Plain JavaScript needs no loader: a thread given the desk's `--import tsx` spends ~0.5 s of CPU registering it.
  const worker = new Worker(entry.url, entry.plainJavaScript ? { execArgv: [] } : {});
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
  let stopping: Promise<void> | undefined;
  return {
    async start(request) {
      const reply = await ask({ start: request });
      if ('started' in reply) return reply.started;
      throw 'startFailed' in reply
        ? errorOf(reply.startFailed)
        : new Error('the peer thread answered out of turn');
    },
    stop() {
      stopping ??= (async () => {
        const reply = ended ? undefined : await ask({ stop: true }).catch(() => undefined);
        await worker.terminate();
        if (reply && 'stopFailed' in reply) throw errorOf(reply.stopFailed);
      })();
      return stopping;
    },
  };
}
