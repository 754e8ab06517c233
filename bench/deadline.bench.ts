import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addBusinessTime,
  type BusinessDuration,
  type Calendar,
  formatInZone,
  parseCalendar,
} from '../lib/calendar';
import { PublicHolidays } from '../lib/calendar/holidays/public-holidays';
import { formatIsoDate, parseIsoDate } from '../lib/calendar/local-date';
import { type NaiveCalendarFile, naiveAddMinutes } from '../test/lib/calendar/support/naive-calendar';

// The business-time engine on the split-shift calendar of policy D (Mon-Fri 09:00-13:00 and
// 14:30-18:30 Europe/Rome, Italian holidays, August and Christmas closures), on the same
// random start instants throughout:
// - in-process deadlines per second for +4h and for +30d (30 business days: should cost
//   about what 4 hours cost, since both are searches, not walks);
// - the ratio to the naive minute-by-minute reference the tests keep (same answers);
// - the ratio to moment-business-time, a published npm library that computes the same
//   business-hour deadlines (split working hours, holidays, time zone via moment-timezone);
// - the wall time of `support-desk deadline --batch` over 100,000 lines, process start included.
// Targets: >= 1,000,000 hour deadlines/s, >= 100x the naive reference, batch < 2 s.

const CALENDAR_PATH = fileURLToPath(new URL('../examples/calendars/split-shift.json', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/support-desk.mjs', import.meta.url));
const MINUTE = 60_000;
const HOURS_4: BusinessDuration = { amount: 4, unit: 'h' };
const DAYS_30: BusinessDuration = { amount: 30, unit: 'd' };

/** A seeded generator (mulberry32), so every run measures the same queries. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Whole-minute instants in 2026, the year the calendar's closures are configured for.
const next = random(2026);
const YEAR_START = Date.parse('2026-01-01T00:00:00+01:00');
const queries = Float64Array.from(
  { length: 100_000 },
  () => YEAR_START + Math.floor(next() * 365 * 1440) * MINUTE,
);

const file = JSON.parse(readFileSync(CALENDAR_PATH, 'utf8')) as NaiveCalendarFile & {
  closed: readonly (string | { readonly dates: string })[];
};
const calendar: Calendar = parseCalendar(file, CALENDAR_PATH);

/** Runs `work` over the queries until `minMs` has passed; returns calls per second. */
function rate(work: (from: number) => number, count: number, minMs = 1000): number {
  let calls = 0;
  let sink = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) {
    for (let i = 0; i < count; i += 1) sink += work(queries[i % queries.length]!);
    calls += count;
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the loop from being optimised away');
  return calls / ((performance.now() - started) / 1000);
}

function engineRates(): { hours: number; days: number } {
  rate((from) => addBusinessTime(calendar, from, HOURS_4), queries.length, 200); // warm up: builds 2026-2027
  rate((from) => addBusinessTime(calendar, from, DAYS_30), queries.length, 200);
  return {
    hours: rate((from) => addBusinessTime(calendar, from, HOURS_4), queries.length),
    days: rate((from) => addBusinessTime(calendar, from, DAYS_30), queries.length),
  };
}

function naiveComparison(sample: number): { rate: number; agree: number } {
  let agree = 0;
  for (let i = 0; i < sample; i += 1) {
    if (naiveAddMinutes(file, queries[i]!, 240) === addBusinessTime(calendar, queries[i]!, HOURS_4))
      agree += 1;
  }
  return { rate: rate((from) => naiveAddMinutes(file, from, 240) ?? 0, sample, 500), agree };
}

interface BusinessMoment {
  addWorkingTime(amount: number, unit: 'hours'): BusinessMoment;
  valueOf(): number;
}
interface MomentTimezone {
  tz(at: number, zone: string): BusinessMoment;
  updateLocale(locale: string, config: object): void;
}

// The library takes holidays as dates; closures become dates too, as it has no ranges. It has
// no per-date hours either, so the half day of 24 December is the one thing it cannot know.
function closedDates(): string[] {
  const italy = new PublicHolidays({ country: 'IT' });
  const holidays = [2026, 2027].flatMap((year) => [...italy.datesOf(year)]);
  const closures = file.closed.flatMap((entry) => {
    const range = typeof entry === 'string' ? entry : entry.dates;
    const [first, last = first] = range.split('..').map((d) => parseIsoDate(d)!);
    return Array.from({ length: last! - first! + 1 }, (_, i) => first! + i);
  });
  return [...holidays, ...closures].map(formatIsoDate);
}

function libraryComparison(sample: number): { rate: number; agree: number } {
  const require = createRequire(import.meta.url);
  const moment = require('moment-timezone') as MomentTimezone;
  require('moment-business-time');
  const split = ['09:00:00', '13:00:00', '14:30:00', '18:30:00'];
  moment.updateLocale('en', {
    workinghours: { 0: null, 1: split, 2: split, 3: split, 4: split, 5: split, 6: null },
    holidays: closedDates(),
  });
  const deadline = (from: number): number =>
    moment.tz(from, 'Europe/Rome').addWorkingTime(4, 'hours').valueOf();
  let agree = 0;
  for (let i = 0; i < sample; i += 1) {
    if (deadline(queries[i]!) === addBusinessTime(calendar, queries[i]!, HOURS_4)) agree += 1;
  }
  return { rate: rate(deadline, sample, 500), agree };
}

function batchSeconds(): { seconds: number[]; lines: number; errors: number } {
  const dir = mkdtempSync(join(tmpdir(), 'deadline-bench-'));
  const lines = Array.from(queries, (from, i) =>
    JSON.stringify({ from: formatInZone(calendar, from), add: i % 2 === 0 ? '4h' : '30d' }),
  );
  writeFileSync(join(dir, 'in.jsonl'), `${lines.join('\n')}\n`);
  const seconds: number[] = [];
  let output = '';
  for (let run = 0; run < 2; run += 1) {
    const started = performance.now();
    const child = spawnSync(process.execPath, [BIN, 'deadline', '--calendar', CALENDAR_PATH, '--batch'], {
      input: readFileSync(join(dir, 'in.jsonl')),
      maxBuffer: 64 * 1024 * 1024,
    });
    seconds.push((performance.now() - started) / 1000);
    if (child.status !== 0) throw new Error(`batch failed: ${child.stderr.toString()}`);
    output = child.stdout.toString();
  }
  rmSync(dir, { recursive: true, force: true });
  const answers = output.trimEnd().split('\n');
  return {
    seconds,
    lines: answers.length,
    errors: answers.filter((line) => line.includes('"error"')).length,
  };
}

const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

const engine = engineRates();
const naive = naiveComparison(200);
const library = libraryComparison(2000);
const batch = batchSeconds();

process.stdout.write(
  [
    'business-time engine, split-shift calendar (policy D), same random 2026 start instants',
    `  engine +4h          ${fmt(engine.hours)} deadlines/s   ${verdict(engine.hours >= 1_000_000)} (>= 1,000,000)`,
    `  engine +30d         ${fmt(engine.days)} deadlines/s   cost of +30d vs +4h: ${(engine.hours / engine.days).toFixed(2)}x`,
    `  naive reference +4h ${fmt(naive.rate)} deadlines/s   engine is ${fmt(engine.hours / naive.rate)}x faster, ${verdict(engine.hours / naive.rate >= 100)} (>= 100x); same answer on ${naive.agree}/200`,
    `  moment-business-time +4h ${fmt(library.rate)} deadlines/s   engine is ${fmt(engine.hours / library.rate)}x faster; same answer on ${library.agree}/2000`,
    `  deadline --batch, ${fmt(batch.lines)} lines (${batch.errors} errors), process start included: ${batch.seconds.map((s) => `${s.toFixed(2)} s`).join(', then ')}   ${verdict(Math.max(...batch.seconds) < 2)} (< 2 s)`,
    '',
  ].join('\n'),
);
