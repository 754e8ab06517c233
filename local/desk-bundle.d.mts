// Types of local/desk-bundle.mjs, which is plain JavaScript so that `npm start` needs no TypeScript loader.
import type { PeerThreadEntry } from './peer-threads';

/** Where the local desk's code starts. */
export interface DeskEntries {
  /** Exports `openPeerThreads` (local/peer-threads.ts). */
  readonly peerThreads: URL;
  /** Exports `runLocalDesk` (local/desk-main.ts). */
  readonly desk: URL;
  /** The peer threads' code (local/peer-worker.ts). */
  readonly peerWorker: PeerThreadEntry;
  /** True when these are the TypeScript sources: tsx must be registered to load them. */
  readonly viaTsx: boolean;
}

/** The desk's bundles, built or reused; its sources when esbuild is missing or the build fails. */
export function deskEntries(): DeskEntries;

/** The cache key of a build: esbuild's version, the settings files, each input's path and content. */
export function keyOf(root: string, inputs: readonly string[], esbuildVersion: string): string;
