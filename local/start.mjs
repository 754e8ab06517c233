// `npm start`: the local desk, in plain JavaScript so that no TypeScript loader runs in its process
// (local/desk-bundle.mjs says why and how its code is bundled). The peer thread is opened first, so
// that dynalite, aws-ses-v2-local and s3rver load on the other core while this thread loads the
// desk (local/desk-main.ts).
import { deskEntries } from './desk-bundle.mjs';

const entries = deskEntries();
if (entries.viaTsx) (await import('tsx/esm/api')).register();
/** @type {import('./peer-thread').PeerThread | undefined} */
let peerThread;
try {
  const { openPeerThread } = await import(entries.peerThread.href);
  peerThread = openPeerThread(entries.peerWorker);
  const { runLocalDesk } = await import(entries.desk.href);
  runLocalDesk(peerThread);
} catch (error) {
  process.stderr.write(`support-desk local desk: ${error instanceof Error ? error.stack : String(error)}\n`);
  await peerThread?.stop().catch(() => undefined);
  process.exit(1);
}
