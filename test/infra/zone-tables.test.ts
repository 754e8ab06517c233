import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLikeTheStack } from '../../infra/bundle-locally';
import { PROJECT_ROOT, zoneDefines } from '../../infra/bundling';
import { BUNDLED_HOLIDAY_YEARS } from '../../lib/calendar/holidays/years';
import type { ZoneTables } from '../../lib/calendar/zone-table';
import * as unbundled from './fixtures/zone-entry';

const out = mkdtempSync(join(tmpdir(), 'support-desk-zones-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const twoRegions = join(PROJECT_ROOT, 'examples', 'desks', 'two-regions.json');
const tablesOf = (deskFile: string | undefined): ZoneTables =>
  JSON.parse(zoneDefines(deskFile).SUPPORT_DESK_ZONE_TABLES!) as ZoneTables;

/**
 * Every 5 h 11 min through 2026, the edges of a change, and days near the ends of the bundled
 * years (a zone clock measures a week at a time, and a day either side of a time it writes).
 */
const inside = [
  ...Array.from({ length: 1700 }, (_, i) => Date.UTC(2026, 0, 1) + i * 18_660_000),
  Date.UTC(2026, 2, 29, 0, 59, 59, 999),
  Date.UTC(2026, 2, 29, 1),
  Date.UTC(2026, 9, 25, 0, 30),
  Date.UTC(BUNDLED_HOLIDAY_YEARS.first, 0, 10, 0, 30),
  Date.UTC(BUNDLED_HOLIDAY_YEARS.last, 11, 20, 12),
];
const outside = [
  Date.UTC(BUNDLED_HOLIDAY_YEARS.first - 1, 6, 1),
  Date.UTC(BUNDLED_HOLIDAY_YEARS.last + 1, 6, 1),
];

type Answers = Array<[string, string, unknown, number, number]>;

/** What the functions answer for the instants in `zone`: the words, expressions, years and offsets. */
function answersOf(module: typeof unbundled, zone: string, instants: readonly number[]): Answers {
  return instants.map((at) => [
    module.localTime(at, zone, 'it'),
    module.localTime(at, zone, 'en'),
    module.atExpression(at, zone),
    module.ticketYear(at, zone),
    module.zoneClock(zone).offsetAt(at),
  ]);
}

/**
 * The bundle run in a process of its own that counts the Intl objects made: whether it takes
 * `zone` for an IANA zone (as a calendar's, too), its answers for the instants, and the count.
 */
function bundledAnswers(file: string, zone: string, instants: readonly number[]) {
  const script = `
    let made = 0;
    for (const name of ['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'Locale']) {
      Intl[name] = new Proxy(Intl[name], { construct: (real, args) => { made += 1; return Reflect.construct(real, args); } });
    }
    const m = await import(${JSON.stringify(pathToFileURL(file).href)});
    const zone = ${JSON.stringify(zone)};
    const valid = m.isIanaZone(zone) && m.parseCalendar({ timeZone: zone, hours: { mon: ['09:00-18:00'] } }).timeZone === zone;
    const answers = ${JSON.stringify(instants)}.map((at) => [
      m.localTime(at, zone, 'it'), m.localTime(at, zone, 'en'), m.atExpression(at, zone), m.ticketYear(at, zone), m.zoneClock(zone).offsetAt(at),
    ]);
    // luxon ships beside the bundle (infra/lazy/luxon.ts), loaded only when the tables do not answer.
    const { createRequire } = await import('node:module');
    const luxonLoaded = Object.keys(createRequire(import.meta.url).cache).some((path) => path.endsWith('/lazy-modules/luxon.cjs'));
    process.stdout.write(JSON.stringify({ valid, answers, made, luxonLoaded }));
  `;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(stdout) as { valid: boolean; answers: Answers; made: number; luxonLoaded: boolean };
}

describe('the zone tables of a bundle', () => {
  const bundles = new Map<string, string>();

  beforeAll(async () => {
    const entry = join(import.meta.dirname, 'fixtures', 'zone-entry.ts');
    bundles.set('default', (await bundleLikeTheStack(entry, join(out, 'default'))).file);
    bundles.set('two-regions', (await bundleLikeTheStack(entry, join(out, 'two-regions'), twoRegions)).file);
  }, 60_000);

  it("are measured at synth for the zones of the desk's calendars, over the bundled years", () => {
    const rome = tablesOf(undefined)['Europe/Rome'];
    expect(Object.keys(tablesOf(undefined))).toEqual(['Europe/Rome']);
    expect([rome?.from, rome?.to]).toEqual([
      Date.UTC(BUNDLED_HOLIDAY_YEARS.first, 0, 1),
      Date.UTC(BUNDLED_HOLIDAY_YEARS.last + 1, 0, 1),
    ]);
    expect(Object.keys(tablesOf(twoRegions))).toEqual(['America/Chicago', 'Europe/Rome']);
  });

  it.each([
    ['default', 'Europe/Rome'],
    ['two-regions', 'Europe/Rome'],
    ['two-regions', 'America/Chicago'],
  ])(
    "let the %s desk's bundle write %s's times as the Intl API does, without making an Intl object or loading luxon",
    (desk, zone) => {
      const bundled = bundledAnswers(bundles.get(desk)!, zone, inside);
      expect(bundled.valid).toBe(true);
      expect(bundled.answers).toEqual(answersOf(unbundled, zone, inside));
      expect(bundled.made).toBe(0);
      expect(bundled.luxonLoaded).toBe(false);
    },
  );

  it('ask the Intl API, through luxon loaded from beside the bundle, for a zone the desk has no calendar in, and for years outside the bundled ones', () => {
    const chicago = bundledAnswers(bundles.get('default')!, 'America/Chicago', inside.slice(0, 50));
    expect(chicago.answers).toEqual(answersOf(unbundled, 'America/Chicago', inside.slice(0, 50)));
    expect(chicago.made).toBeGreaterThan(0);
    expect(chicago.luxonLoaded).toBe(true);
    const rome = bundledAnswers(bundles.get('default')!, 'Europe/Rome', outside);
    expect(rome.answers).toEqual(answersOf(unbundled, 'Europe/Rome', outside));
    expect(rome.made).toBeGreaterThan(0);
    expect(rome.luxonLoaded).toBe(true);
  });
});
