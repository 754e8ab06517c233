// `npm start`: the local desk. Everything runs in this one process (no child process), on
// 127.0.0.1 only, and stops cleanly on SIGINT/SIGTERM.
import { bannerLines } from './banner';
import { lockDataDir } from './data-lock';
import { type RunningDesk, startDesk } from './desk';
import { loadDesk } from './desk-config';
import { handlerEnvironment } from './desk-env';
import { LocalDeskError } from './errors';
import { startPeers } from './peers';
import { loadPipeline } from './pipeline';
import { readLocalSettings } from './settings';

/** A stop that takes longer than this is cut short: the contract promises under 10 s. */
const STOP_DEADLINE_MS = 8_000;

const out = {
  line: (text: string) => process.stdout.write(`${text}\n`),
  problem: (text: string) => process.stderr.write(`${text}\n`),
};

async function main(): Promise<void> {
  const cwd = process.cwd();
  const settings = readLocalSettings(process.env, cwd);
  const loaded = await loadDesk(process.env.DESK_CONFIG_PATH, cwd);
  const unlock = await lockDataDir(settings.dataDir, process.pid);
  const peers = await startPeers(settings).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  let desk: RunningDesk | undefined;
  onStopSignal(async () => {
    await desk?.stop();
    await peers.stop();
    await unlock();
  });
  // Set before the handlers load: they read their environment once, at cold start.
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  Object.assign(
    process.env,
    handlerEnvironment(settings, {
      dynamoDbPort: peers.dynamoDb.port,
      sesPort: peers.ses.port,
      s3Port: peers.s3.port,
    }),
  );
  const pipeline = await loadPipeline(settings, peers, loaded.desk);
  desk = await startDesk(settings, pipeline, out, () => new Date());
  const facts = {
    settings,
    cwd,
    smtpPort: desk.smtpPort,
    sesPort: peers.ses.port,
    dynamoDbPort: peers.dynamoDb.port,
    s3Port: peers.s3.port,
  };
  for (const line of bannerLines({
    ...facts,
    supportAddresses: loaded.desk.supportAddresses,
    deskSource: loaded.source,
  })) {
    out.line(line);
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

main().catch((error: unknown) => {
  const known =
    error instanceof LocalDeskError || (error instanceof Error && error.name.endsWith('ConfigError'));
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`support-desk local desk: ${known ? message : ((error as Error).stack ?? message)}\n`);
  process.exit(1);
});
