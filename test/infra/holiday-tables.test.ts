import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleLikeTheStack } from '../../infra/bundle-locally';
import {
  bundleDefines,
  checkedDeskDefine,
  holidayDefines,
  nodejsBundling,
  PROJECT_ROOT,
  zoneDefines,
} from '../../infra/bundling';
import StandIn from '../../infra/left-out/date-holidays';
import { LeftOutOfBundleError } from '../../infra/left-out/left-out-error';
import type { HolidayTables } from '../../lib/calendar/holidays/table-source';
import { BUNDLED_HOLIDAY_YEARS } from '../../lib/calendar/holidays/years';
import type * as Entry from './fixtures/holiday-source-entry';

const out = mkdtempSync(join(tmpdir(), 'support-desk-holidays-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const twoRegions = join(PROJECT_ROOT, 'examples', 'desks', 'two-regions.json');
const entry = join(import.meta.dirname, 'fixtures', 'holiday-source-entry.ts');

const tablesOf = (deskFile: string | undefined): HolidayTables =>
  JSON.parse(holidayDefines(deskFile).SUPPORT_DESK_HOLIDAY_TABLES!) as HolidayTables;

/** The bundle built for `deskFile`, loaded, and the files of date-holidays it carries. */
async function bundled(
  name: string,
  deskFile?: string,
): Promise<{ module: typeof Entry; library: string[] }> {
  const { file, metafile } = await bundleLikeTheStack(entry, join(out, name), deskFile);
  const module = (await import(pathToFileURL(file).href)) as typeof Entry;
  const library = Object.keys(metafile.inputs).filter((path) => path.includes('node_modules/date-holidays'));
  return { module, library };
}

describe('the holiday tables of a bundle', () => {
  it("are built at synth for the default desk's one place, Italy, over the bundled years", () => {
    const tables = tablesOf(undefined);
    expect(Object.keys(tables.places)).toEqual(['IT']);
    expect([tables.first, tables.last]).toEqual([BUNDLED_HOLIDAY_YEARS.first, BUNDLED_HOLIDAY_YEARS.last]);
    expect(nodejsBundling(undefined).define).toEqual(bundleDefines(undefined));
    expect(bundleDefines(undefined)).toEqual({
      ...holidayDefines(undefined),
      ...zoneDefines(undefined),
      ...checkedDeskDefine(undefined),
    });
  });

  it('are built for every calendar of the desk: two regions, Italy and the United States', () => {
    expect(Object.keys(tablesOf(twoRegions).places)).toEqual(['IT', 'US']);
  });

  it("answer for the desk's places and refuse others, without date-holidays in the bundle", async () => {
    const { module, library } = await bundled('two-regions', twoRegions);
    expect(library).toEqual([]);
    expect(module.placeProblem({ country: 'US' })).toBeUndefined();
    expect(module.placeProblem({ country: 'IT', region: '62', city: 'RM' })?.reason).toContain(
      'has no holiday table in this deployment',
    );
    const italy = new module.PublicHolidays({ country: 'IT' });
    expect([...italy.datesOf(2026)].length).toBe(13);
  }, 60_000);

  it('refuse a year outside the bundled years, naming it', async () => {
    const { module } = await bundled('default');
    const italy = new module.PublicHolidays({ country: 'IT' });
    expect(() => italy.datesOf(BUNDLED_HOLIDAY_YEARS.last + 1)).toThrow(
      `not ${BUNDLED_HOLIDAY_YEARS.last + 1} (IT)`,
    );
  }, 60_000);

  it('stand in for date-holidays with a module that refuses to be used', () => {
    expect(() => new StandIn('IT')).toThrow(LeftOutOfBundleError);
    expect(() => new StandIn('IT')).toThrow('date-holidays is left out of the Lambda bundles');
  });
});
