import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { defaultDesk } from '../lib/desk';
import { decide } from '../lib/intake';
import { parseMail } from '../lib/mail';

// Decisions per second on the fixture corpus against mailparser's simpleParser alone (its
// default options, as a caller would use it) on the same corpus in the same run. Target:
// a full decision (parse, own words, classification, detectors, language, SLA plan) costs
// at most 1.5x the bare parse.
//
// The two cores are shared with other work, so wall time mostly measures the neighbours:
// the verdict uses this process's CPU time (process.cpuUsage: user + system, GC threads
// included, which is real cost), and every round runs bare, full, full, bare (ABBA), so
// load and drift within a round hit both alike. The report takes the median of the
// per-round ratios and shows their quartiles; the wall-clock ratio is printed for reference.
const dir = join(import.meta.dirname, '../test/fixtures/intake');
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((f) => readFileSync(join(dir, f)));
const desk = defaultDesk();
const receivedAt = Date.parse('2026-11-23T10:00:00+01:00');
const ROUNDS = 30;
// A sample spans several passes, so one garbage collection does not decide a round.
const PASSES_PER_SAMPLE = 4;
const WARM_UP_PASSES = 5;

async function bareParse(): Promise<void> {
  for (const raw of corpus) await simpleParser(raw);
}

async function fullDecision(): Promise<void> {
  for (const raw of corpus) decide(await parseMail(raw), desk, receivedAt);
}

interface Cost {
  readonly cpuMs: number;
  readonly wallMs: number;
}

/** CPU and wall milliseconds one pass over the corpus takes, averaged over a sample of passes. */
async function measured(pass: () => Promise<void>): Promise<Cost> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let i = 0; i < PASSES_PER_SAMPLE; i++) await pass();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return { cpuMs: cpuMs / PASSES_PER_SAMPLE, wallMs: (performance.now() - wall) / PASSES_PER_SAMPLE };
}

/** One ABBA round: the mean cost of two bare passes and of two full passes. */
async function round(): Promise<{ bare: Cost; full: Cost }> {
  const b1 = await measured(bareParse);
  const f1 = await measured(fullDecision);
  const f2 = await measured(fullDecision);
  const b2 = await measured(bareParse);
  const mean = (x: Cost, y: Cost) => ({ cpuMs: (x.cpuMs + y.cpuMs) / 2, wallMs: (x.wallMs + y.wallMs) / 2 });
  return { bare: mean(b1, b2), full: mean(f1, f2) };
}

/** The value at fraction `q` (0..1) of the sorted values. */
function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

for (let i = 0; i < WARM_UP_PASSES; i++) {
  await bareParse();
  await fullDecision();
}
const rounds = [];
for (let i = 0; i < ROUNDS; i++) rounds.push(await round());

const cpuRatios = rounds.map((r) => r.full.cpuMs / r.bare.cpuMs);
const wallRatios = rounds.map((r) => r.full.wallMs / r.bare.wallMs);
const bareMs = quantile(
  rounds.map((r) => r.bare.cpuMs),
  0.5,
);
const fullMs = quantile(
  rounds.map((r) => r.full.cpuMs),
  0.5,
);
const perSecond = (ms: number) => (corpus.length * 1000) / ms;
const ratio = quantile(cpuRatios, 0.5);
const verdict = ratio <= 1.5 ? 'OK' : 'OVER TARGET';
process.stdout.write(
  `intake: ${corpus.length} fixtures, ${ROUNDS} ABBA rounds of ${PASSES_PER_SAMPLE}-pass samples, CPU time\n` +
    `  simpleParser alone : ${bareMs.toFixed(1)} ms/pass, ${perSecond(bareMs).toFixed(0)} messages/s\n` +
    `  full decision      : ${fullMs.toFixed(1)} ms/pass, ${perSecond(fullMs).toFixed(0)} decisions/s\n` +
    `  cost ratio (full / bare parse, median of rounds): ${ratio.toFixed(2)}x ` +
    `(quartiles ${quantile(cpuRatios, 0.25).toFixed(2)}-${quantile(cpuRatios, 0.75).toFixed(2)}) ` +
    `(target <= 1.50x) ${verdict}\n` +
    `  wall-clock ratio, load-sensitive, for reference: ${quantile(wallRatios, 0.5).toFixed(2)}x\n`,
);
