import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run bench` runs every `bench/*.bench.ts` in turn (or those named on the command line),
// each printing its own report. Benchmarks report ratios against a baseline measured in the
// same run, so that the numbers mean something on any machine.
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  process.stdout.write(`\n== ${file}\n`);
  await import(join(here, file));
}
