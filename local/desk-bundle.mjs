// Where the local desk's code starts (local/start.mjs): plain-JavaScript bundles of its TypeScript,
// built by esbuild once and reused while no source changes, or, without esbuild or if the build
// fails, the TypeScript sources through tsx as before.
//
// Why: through tsx's loader, the desk's ~300 modules and every package module they load cost ~4 s
// of CPU at each start, and a worker thread given TypeScript must register tsx itself (~0.5 s
// more). The bundles hold this repository's code only (packages stay imports, loaded by Node from
// node_modules as usual) in three entries sharing chunks: the peer threads' opener (local/peer-threads.ts,
// loaded first so that the peers load on the other core while the desk loads its own code), the
// desk (local/desk-main.ts) and the peer threads' body (local/peer-worker.ts). They are keyed by a
// hash of every source file the last build read (its metafile) and of the settings files: an edited
// file rebuilds (~0.5 s), an unchanged tree reads ~300 files (~30 ms) and loads the bundles.
// Several desks may start at once: each build goes to a folder of its own, moved into place whole.

import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules, so that the bundles' imports of packages resolve as the sources' do.
const CACHE = join(ROOT, 'node_modules', '.cache', 'support-desk', 'local-desk');
const MANIFEST = join(CACHE, 'manifest.json');
const ENTRY_POINTS = {
  'peer-threads': 'local/peer-threads.ts',
  'desk-main': 'local/desk-main.ts',
  'peer-worker': 'local/peer-worker.ts',
};
/** Files that change how every input is compiled or resolved, hashed with the inputs. */
const SETTINGS_FILES = ['tsconfig.json', 'package.json', 'local/desk-bundle.mjs'];
/** Bundles kept beside the newest, for desks that read the manifest just before a rebuild. */
const KEPT_BUNDLES = 3;
const BUNDLE_DIR = /^[0-9a-f]{16}$/;

/**
 * @typedef {{ url: URL, plainJavaScript: boolean }} PeerThreadEntry
 * @typedef {{ peerThreads: URL, desk: URL, peerWorker: PeerThreadEntry, viaTsx: boolean }} DeskEntries
 */

/** @returns {DeskEntries} */
export function deskEntries() {
  const esbuild = loadEsbuild();
  if (!esbuild) return sourceEntries();
  try {
    const last = readManifest();
    if (last && existsSync(join(CACHE, last.dir)) && keyOf(ROOT, last.inputs, esbuild.version) === last.key)
      return bundleEntries(last.dir);
    return bundleEntries(build(esbuild));
  } catch {
    return sourceEntries();
  }
}

/** The TypeScript sources, which need tsx registered in this thread; each peer thread registers it itself. */
function sourceEntries() {
  return {
    peerThreads: new URL('./peer-threads.ts', import.meta.url),
    desk: new URL('./desk-main.ts', import.meta.url),
    peerWorker: { url: new URL('./peer-worker-tsx.mjs', import.meta.url), plainJavaScript: false },
    viaTsx: true,
  };
}

/** @param {string} dir */
function bundleEntries(dir) {
  const file = (/** @type {string} */ name) => pathToFileURL(join(CACHE, dir, `${name}.js`));
  return {
    peerThreads: file('peer-threads'),
    desk: file('desk-main'),
    peerWorker: { url: file('peer-worker'), plainJavaScript: true },
    viaTsx: false,
  };
}

/** @returns {typeof import('esbuild') | undefined} */
function loadEsbuild() {
  // Otherwise buildSync runs in a worker thread with esbuild's service process under it, and the
  // desk keeps that child (or its zombie) for as long as it runs; without it, esbuild runs once and exits.
  process.env.ESBUILD_WORKER_THREADS = '0';
  try {
    return createRequire(import.meta.url)('esbuild');
  } catch {
    return undefined;
  }
}

/** @returns {{ key: string, dir: string, inputs: string[] } | undefined} */
function readManifest() {
  try {
    const { key, dir, inputs } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    if (typeof key !== 'string' || typeof dir !== 'string' || !BUNDLE_DIR.test(dir) || !Array.isArray(inputs))
      return undefined;
    return { key, dir, inputs: inputs.filter((input) => typeof input === 'string') };
  } catch {
    return undefined;
  }
}

/**
 * A hash of esbuild's version, the settings files and every input's path and content (paths
 * relative to `root`); a missing input changes it too.
 * @param {string} root
 * @param {readonly string[]} inputs
 * @param {string} esbuildVersion
 */
export function keyOf(root, inputs, esbuildVersion) {
  const hash = createHash('sha256').update(`${esbuildVersion}\0`);
  for (const input of [...SETTINGS_FILES, ...[...inputs].sort()]) {
    hash.update(`${input}\0`);
    try {
      hash.update(readFileSync(join(root, input)));
    } catch {
      hash.update('\0missing\0');
    }
  }
  return hash.digest('hex');
}

/**
 * Builds the bundles into a fresh folder, moves it into place, records it: the folder's name.
 * buildSync, not build: esbuild's build service would stay on as a child process of the desk.
 * @param {typeof import('esbuild')} esbuild
 */
function build(esbuild) {
  mkdirSync(CACHE, { recursive: true });
  const staging = mkdtempSync(join(CACHE, 'build-'));
  try {
    const result = esbuild.buildSync({
      absWorkingDir: ROOT,
      entryPoints: Object.fromEntries(
        Object.entries(ENTRY_POINTS).map(([out, source]) => [out, join(ROOT, source)]),
      ),
      outdir: staging,
      bundle: true,
      // Shared chunks: one copy of each module, so that an error class is the same class in every entry.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      // The desk prints the stack of an unexpected error: with the maps, it names the sources.
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
    const key = keyOf(ROOT, inputs, esbuild.version);
    const dir = key.slice(0, 16);
    moveIntoPlace(staging, join(CACHE, dir));
    const written = join(CACHE, `manifest-${process.pid}.json`);
    writeFileSync(written, JSON.stringify({ key, dir, inputs }));
    renameSync(written, MANIFEST);
    pruneOldBundles(dir);
    return dir;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Another desk may have built the same sources meanwhile: its folder is as good as this one.
 * @param {string} staging
 * @param {string} target
 */
function moveIntoPlace(staging, target) {
  if (existsSync(target)) return;
  try {
    renameSync(staging, target);
  } catch (error) {
    if (!existsSync(target)) throw error;
  }
}

/** @param {string} current */
function pruneOldBundles(current) {
  const bundles = readdirSync(CACHE)
    .filter((name) => BUNDLE_DIR.test(name) && name !== current)
    .map((name) => ({ name, at: statSync(join(CACHE, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of bundles.slice(KEPT_BUNDLES - 1))
    rmSync(join(CACHE, old.name), { recursive: true, force: true });
}
