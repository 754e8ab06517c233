import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleLikeTheStack } from '../../infra/bundle-locally';
import { holidayDefines, nodejsBundling, PROJECT_ROOT } from '../../infra/bundling';
import { SHIPPED_HOLIDAYS } from '../../lib/calendar/holidays/shipped';

const out = mkdtempSync(join(tmpdir(), 'support-desk-holidays-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const twoRegions = join(PROJECT_ROOT, 'examples', 'desks', 'two-regions.json');
const entry = join(import.meta.dirname, 'fixtures', 'shipped-holidays-entry.ts');

/** The places whose tables a bundle built for `deskFile` carries, and the data files in it. */
async function bundled(name: string, deskFile?: string): Promise<{ places: string[]; files: string[] }> {
  const { file, metafile } = await bundleLikeTheStack(entry, join(out, name), deskFile);
  const module = (await import(pathToFileURL(file).href)) as { SHIPPED_HOLIDAYS: Record<string, unknown> };
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint !== undefined);
  const files = Object.keys(output?.inputs ?? {}).filter((path) => path.includes('holidays/data/'));
  return { places: Object.keys(module.SHIPPED_HOLIDAYS), files };
}

describe('the holiday tables in a bundle', () => {
  it('are all there outside a bundle (CLI, local desk, tests)', () => {
    expect(Object.keys(SHIPPED_HOLIDAYS)).toEqual(['IT', 'IT/25/MI', 'US']);
  });

  it('are flagged by whether the desk uses the place: the default desk, Italy only', () => {
    expect(holidayDefines(undefined)).toEqual({
      SHIP_HOLIDAYS_IT: 'true',
      SHIP_HOLIDAYS_IT_25_MI: 'false',
      SHIP_HOLIDAYS_US: 'false',
    });
    expect(nodejsBundling(undefined).define).toEqual(holidayDefines(undefined));
  });

  it('are flagged for every calendar of the desk: two regions, Italy and the United States', () => {
    expect(holidayDefines(twoRegions)).toEqual({
      SHIP_HOLIDAYS_IT: 'true',
      SHIP_HOLIDAYS_IT_25_MI: 'false',
      SHIP_HOLIDAYS_US: 'true',
    });
  });

  it("are only the default desk's in a bundle built for it", async () => {
    expect(await bundled('default')).toEqual({
      places: ['IT'],
      files: ['lib/calendar/holidays/data/IT.json'],
    });
  }, 60_000);

  it("are only the desk's in a bundle built for a desk file", async () => {
    const { places, files } = await bundled('two-regions', twoRegions);
    expect(places).toEqual(['IT', 'US']);
    expect(files.sort()).toEqual([
      'lib/calendar/holidays/data/IT.json',
      'lib/calendar/holidays/data/US.json',
    ]);
  }, 60_000);
});
