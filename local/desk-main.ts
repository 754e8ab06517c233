// The local desk's body, started by local/start.ts (`npm start`). Everything runs in this one
// process (no child process): the desk's handlers on the main thread, dynalite in one peer thread,
// aws-ses-v2-local and s3rver in another; on 127.0.0.1 only, and it stops cleanly on SIGINT/SIGTERM.

import { describeFiring } from '../lib/reminder-firing-line';
import { LOCAL_STACK_NAME } from '../lib/stack-outputs';
import { bannerLines } from './banner';
import { handlerLogLevel } from './compose';
import { lockDataDir } from './data-lock';
import { type RunningDesk, startDesk } from './desk';
import { loadDesk } from './desk-config';
import { type Edge, startEdge } from './edge/edge-server';
import { LocalDeskError } from './errors';
import { moveLegacySchedules } from './legacy-schedules';
import { LOCAL_STACK_ID, localStackOutputs } from './local-stack';
import type { PeerThreads } from './peer-threads';
import { type LocalPeers, startPeers } from './peers';
import { loadPipeline, type Pipeline } from './pipeline';
import { type SchedulerPeer, startSchedulerPeer } from './scheduler/peer';
import { dataPaths, readLocalSettings } from './settings';

/** A stop that takes longer than this is cut short: the contract promises under 10 s. */
const STOP_DEADLINE_MS = 8_000;

const out = {
  line: (text: string) => process.stdout.write(`${text}\n`),
  problem: (text: string) => process.stderr.write(`${text}\n`),
};

/** What is running, stopped in reverse order of start: intake first, so nothing new arrives. */
interface Running {
  unlock?: () => Promise<void>;
  /** Ended even when the peers never started: an idle thread would keep the process alive. */
  peerThreads?: PeerThreads;
  peers?: LocalPeers;
  edge?: Edge;
  scheduler?: SchedulerPeer;
  pipeline?: Pipeline;
  desk?: RunningDesk;
}

async function stopAll(running: Running): Promise<void> {
  await running.desk?.stop();
  await running.edge?.stop();
  await running.scheduler?.stop();
  running.pipeline?.destroy();
  await running.peers?.stop();
  await running.peerThreads?.stop();
  await running.unlock?.();
}

// The local desk's composition root: settings and desk read once, every part started with its
// ports and adapters passed in. The SDK's Node 20 notice is the one variable written: it is the
// SDK's own switch for a notice, read by no adapter, and the desk keeps stderr for problems.
async function main(peerThreads: PeerThreads): Promise<void> {
  const cwd = process.cwd();
  // Tickets, raw mail and schedules are customers' data: every file and folder the desk and its
  // peers create is readable by the desk's owner only.
  process.umask(0o077);
  const settings = readLocalSettings(process.env, cwd);
  const loaded = loadDesk(process.env.DESK_CONFIG_PATH, cwd);
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const running: Running = { peerThreads };
  onStopSignal(() => stopAll(running));
  try {
    running.unlock = await lockDataDir(settings.dataDir, process.pid);
    const peers = await startPeers(settings, peerThreads);
    running.peers = peers;
    // Scheduler invokes the send-reminder function; until the pipeline is composed, a schedule
    // already due waits for it rather than fail.
    let pipelineReady: (pipeline: Pipeline) => void = () => undefined;
    const composed = new Promise<Pipeline>((resolve) => {
      pipelineReady = resolve;
    });
    const scheduler = await startSchedulerPeer({
      port: settings.schedulerPort,
      dir: dataPaths(settings).scheduler,
      invoke: async (_targetArn, input) => (await composed).reminder(JSON.parse(input)),
      now: Date.now,
      report: (firing) => (firing.ok ? out.line : out.problem)(describeFiring(firing)),
    });
    running.scheduler = scheduler;
    const createdAt = new Date();
    const edge = await startEdge({
      port: settings.edgePort,
      peers: {
        dynamoDb: peers.dynamoDb.port,
        ses: peers.ses.port,
        s3: peers.s3.port,
        scheduler: scheduler.port,
      },
      stack: {
        name: LOCAL_STACK_NAME,
        id: LOCAL_STACK_ID,
        createdAt,
        outputs: localStackOutputs(loaded.desk),
      },
    });
    running.edge = edge;
    const endpoints = {
      dynamoDb: peers.dynamoDb.endpoint,
      ses: peers.ses.endpoint,
      s3: peers.s3.endpoint,
      scheduler: scheduler.endpoint,
    };
    running.pipeline = await loadPipeline(
      peers,
      loaded,
      endpoints,
      handlerLogLevel(process.env.POWERTOOLS_LOG_LEVEL),
    );
    pipelineReady(running.pipeline);
    const moved = await moveLegacySchedules(dataPaths(settings).legacySchedules, running.pipeline.scheduler);
    if (moved > 0) out.line(`moved ${moved} pending reminder(s) of an earlier version into the Scheduler`);
    running.desk = await startDesk(settings, running.pipeline, out, () => new Date());
    const facts = {
      settings,
      cwd,
      smtpPort: running.desk.smtpPort,
      sesPort: peers.ses.port,
      dynamoDbPort: peers.dynamoDb.port,
      s3Port: peers.s3.port,
      edgePort: edge.port,
      schedulerPort: scheduler.port,
      supportAddresses: loaded.desk.supportAddresses,
      deskSource: loaded.source,
    };
    for (const line of bannerLines(facts)) out.line(line);
  } catch (error) {
    await stopAll(running).catch(() => undefined);
    throw error;
  }
  out.line('ready: the local desk is running (Ctrl-C to stop)');
}

function onStopSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    out.line(`${signal}: stopping`);
    setTimeout(() => {
      out.problem('stop took too long; exiting');
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    stop().then(
      () => {
        out.line('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        out.problem(`stop failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}

/**
 * Runs the desk over its peer threads, which the caller opened first so that the peers' libraries
 * load while the desk's own code does; exits the process with 1 on a start that fails.
 */
export function runLocalDesk(peerThreads: PeerThreads): void {
  main(peerThreads).catch((error: unknown) => {
    const known =
      error instanceof LocalDeskError || (error instanceof Error && error.name.endsWith('ConfigError'));
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `support-desk local desk: ${known ? message : ((error as Error).stack ?? message)}\n`,
    );
    process.exit(1);
  });
}
