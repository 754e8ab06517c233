import { WORST_CASES } from './worst-cases';

// Decision time of each worst-case input at 8, 16, 32 and 64 KiB, as ratios to the 8 KiB time:
// linear growth doubles with each size (1, 2, 4, 8), quadratic quadruples it (1, 4, 16, 64).
// CPU time of this process, best of several runs, so neighbours' load counts as little as it can.
const SIZES = [8, 16, 32, 64].map((k) => k * 1024);
const RUNS = 5;

async function cpuMs(run: () => Promise<void>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

let worst = 0;
let slowestAt64 = 0;
process.stdout.write(
  `worst cases: CPU ms at ${SIZES.map((s) => `${s / 1024} KiB`).join(', ')}; ratio to 8 KiB\n`,
);
for (const c of WORST_CASES) {
  for (let i = 0; i < 3; i++) await c.run(SIZES[0] ?? 0);
  const times: number[] = [];
  for (const size of SIZES) times.push(await cpuMs(() => c.run(size)));
  // Floor of 0.5 ms: below that, timer resolution decides the ratio, not the pattern.
  const base = Math.max(times[0] ?? 0, 0.5);
  const ratios = times.map((t) => Math.max(t, 0.5) / base);
  const last = ratios[ratios.length - 1] ?? 0;
  worst = Math.max(worst, last);
  slowestAt64 = Math.max(slowestAt64, times[times.length - 1] ?? 0);
  process.stdout.write(
    `  ${c.name.padEnd(40)} ${times.map((t) => t.toFixed(1).padStart(7)).join(' ')} ms   ratios ${ratios.map((r) => r.toFixed(1)).join(' : ')}\n`,
  );
}
const verdict = worst <= 16 ? 'OK (linear: 8x expected, quadratic would be 64x)' : 'SUPER-LINEAR';
process.stdout.write(
  `  largest 64/8 KiB ratio ${worst.toFixed(1)}x; slowest decision at 64 KiB ${slowestAt64.toFixed(1)} ms; ${verdict}\n`,
);
