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
const dir = join(import.meta.dirname, '../test/fixtures/intake');
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((f) => readFileSync(join(dir, f)));
const desk = defaultDesk();
const receivedAt = Date.parse('2026-11-23T10:00:00+01:00');

async function bareParse(): Promise<void> {
  for (const raw of corpus) await simpleParser(raw);
}

async function fullDecision(): Promise<void> {
  for (const raw of corpus) decide(await parseMail(raw), desk, receivedAt);
}

/** Milliseconds one pass over the corpus takes. */
async function timed(pass: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await pass();
  return performance.now() - started;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

// Two cores are shared with other work: the two passes run back to back in pairs, in
// alternating order, and the report takes medians, so load drift hits both alike.
const pairs = 40;
for (let i = 0; i < 3; i++) {
  await bareParse();
  await fullDecision();
}
const bareMs: number[] = [];
const fullMs: number[] = [];
const ratios: number[] = [];
for (let i = 0; i < pairs; i++) {
  // Alternate which pass runs first, so neither always meets a warmer or colder machine.
  const first = i % 2 === 0 ? bareParse : fullDecision;
  const second = i % 2 === 0 ? fullDecision : bareParse;
  const [a, b] = [await timed(first), await timed(second)];
  const [bare, full] = i % 2 === 0 ? [a, b] : [b, a];
  bareMs.push(bare);
  fullMs.push(full);
  ratios.push(full / bare);
}
const perSecond = (ms: number) => (corpus.length * 1000) / ms;
const ratio = median(ratios);
process.stdout.write(
  `intake: ${corpus.length} fixtures, ${pairs} paired passes\n` +
    `  simpleParser alone : ${perSecond(median(bareMs)).toFixed(0)} messages/s\n` +
    `  full decision      : ${perSecond(median(fullMs)).toFixed(0)} decisions/s\n` +
    `  cost ratio (full / bare parse, median of pairs): ${ratio.toFixed(2)}x (target <= 1.50x) ${ratio <= 1.5 ? 'OK' : 'OVER TARGET'}\n`,
);
