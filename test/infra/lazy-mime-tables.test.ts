import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLikeTheStack } from '../../infra/bundle-locally';
import { PROJECT_ROOT } from '../../infra/bundling';
import { DEFAULT_ENTRIES } from '../../infra/functions';
import type * as Entry from './fixtures/mime-entry';
import { guesses } from './fixtures/mime-entry';
import { importBundledFixture } from './support/bundled-fixture';

// In the project's cdk.out, where CDK stages the assets and the project's package.json says
// "module": the stand-ins beside the bundle must still be read as CommonJS.
mkdirSync(join(PROJECT_ROOT, 'cdk.out'), { recursive: true });
const out = mkdtempSync(join(PROJECT_ROOT, 'cdk.out', 'support-desk-mime-tables-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const samples: ReadonlyArray<readonly [string, string]> = [
  ['report.pdf', 'application/pdf'],
  ['screenshot.PNG', 'image/png'],
  ['log.txt', 'text/plain'],
  ['archive.tar.gz', 'application/x-gzip'],
  ['foglio.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['noextension', 'application/x-unknown-thing'],
  ['', 'text/x-whatever'],
];

describe("libmime's and nodemailer's MIME type tables in a bundle (infra/lazy/beside/)", () => {
  let bundle: typeof Entry;
  let tableLoaded: (name: string) => boolean;

  beforeAll(async () => {
    // The stand-ins load the tables with a require of their own.
    const bundled = await importBundledFixture<typeof Entry>('mime-entry.ts', out);
    bundle = bundled.module;
    tableLoaded = (name) => bundled.hasRequired(`mime-tables/${name}`);
  }, 60_000);

  it('does not load the tables when libmime and nodemailer are imported', () => {
    expect(tableLoaded('libmime.cjs')).toBe(false);
    expect(tableLoaded('nodemailer.cjs')).toBe(false);
  });

  it.each(samples)('guesses for %s and %s as the unbundled libmime and nodemailer do', (filename, type) => {
    expect(bundle.guesses(filename, type)).toEqual(guesses(filename, type));
  });

  it('has loaded both tables once a guess was made', () => {
    expect(bundle.guesses('a.pdf', 'application/pdf')).toEqual([
      'application/pdf',
      'pdf',
      'application/pdf',
      'pdf',
    ]);
    expect(tableLoaded('libmime.cjs')).toBe(true);
    expect(tableLoaded('nodemailer.cjs')).toBe(true);
  });

  it('leaves every MIME type table out of the ingest bundle', async () => {
    const { metafile } = await bundleLikeTheStack(
      join(PROJECT_ROOT, DEFAULT_ENTRIES.ingest),
      join(out, 'ingest'),
    );
    expect(Object.keys(metafile.inputs).filter((path) => /mime-?types/.test(path))).toEqual([]);
  }, 60_000);
});
