import { existsSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Builds a checkout's ingest-email bundle as its own stack builds it, for a paired cold-start
// comparison (BENCH_COMPARE_BUNDLE in bundle.bench.ts):
//   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci)
//   npx tsx bench/build-bundle.ts /tmp/before /tmp/before-bundle
//   BENCH_COMPARE_BUNDLE=/tmp/before-bundle/index.mjs npm run bench bundle
// The checkout's own infra/ does the build, with its own dependencies.

interface BundleLocally {
  bundleLikeTheStack(entry: string, outDir: string): Promise<{ file: string }>;
}
interface Functions {
  DEFAULT_ENTRIES: { ingest: string };
}

const [checkout, outDir] = process.argv.slice(2).map((arg) => resolve(arg));
if (!checkout || !outDir) {
  process.stderr.write('usage: npx tsx bench/build-bundle.ts <checkout> <output directory>\n');
  process.exit(2);
}
const load = async <T>(path: string) => (await import(pathToFileURL(join(checkout, path)).href)) as T;
const { bundleLikeTheStack } = await load<BundleLocally>('infra/bundle-locally.ts');
const { DEFAULT_ENTRIES } = await load<Functions>('infra/functions.ts');
const { file } = await bundleLikeTheStack(join(checkout, DEFAULT_ENTRIES.ingest), outDir);
// The bundle's external @aws-sdk/* imports resolve from here, as from the runtime's SDK on Lambda.
if (!existsSync(join(outDir, 'node_modules'))) {
  symlinkSync(join(checkout, 'node_modules'), join(outDir, 'node_modules'), 'dir');
}
process.stdout.write(`${file}\n`);
