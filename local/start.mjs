// `npm start`: the local desk, in plain JavaScript so that no TypeScript loader runs in its process
// (local/desk-bundle.mjs says why and how its code is bundled). The peer threads are opened first, so
// that dynalite, aws-ses-v2-local and s3rver load on the other core while this thread loads the
// desk (local/desk-main.ts).
import { deskEntries } from './desk-bundle.mjs';

const entries = deskEntries();
if (entries.viaTsx) (await import('tsx/esm/api')).register();
/** @type {import('./peer-threads').PeerThreads | undefined} */
let peerThreads;
try {
  const { openPeerThreads } = await import(entries.peerThreads.href);
  peerThreads = openPeerThreads(entries.peerWorker);
  const { runLocalDesk } = await import(entries.desk.href);
  runLocalDesk(peerThreads);
} catch (error) {
  process.stderr.write(`support-desk local desk: ${error instanceof Error ? error.stack : String(error)}\n`);
  await peerThreads?.stop().catch(() => undefined);
  process.exit(1);
}
