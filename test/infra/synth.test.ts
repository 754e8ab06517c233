import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE, BUNDLED_DESK_FILE, ICONV_TABLES } from '../../infra/bundling';
import { buildHolidayTables } from '../../lib/calendar/holidays/build-tables';
import { BUNDLED_HOLIDAY_YEARS } from '../../lib/calendar/holidays/years';
import { cdk, entryContextArgs, handlerTypeOf, scratchDir } from './support/cdk-cli';
import { repoRoot } from './support/desk-app';
import { esImportedBuiltins } from './support/es-imports';

interface TemplateFunction {
  readonly Type: string;
  readonly Properties: {
    readonly Description?: string;
  };
  readonly Metadata?: { readonly 'aws:asset:path'?: string };
}

const deskFile = join(repoRoot, 'test', 'infra', 'fixtures', 'desk.json');

// One real `npx cdk synth` (esbuild bundling, cdk-nag as a validation plugin) shared by the tests below.
describe('npx cdk synth', () => {
  const { dir, cdkHome } = scratchDir();
  const out = join(dir, 'cdk.out');
  let synth: Awaited<ReturnType<typeof cdk>>;
  let bundles: string[] = [];
  let storedDesk: unknown;

  beforeAll(async () => {
    const args = ['synth', '--quiet', '-o', out, '-c', `deskFile=${deskFile}`, ...entryContextArgs()];
    synth = await cdk(args, cdkHome);
    const template = JSON.parse(readFileSync(join(out, 'SupportDesk.template.json'), 'utf8'));
    bundles = Object.values<TemplateFunction>(template.Resources)
      .filter(
        (r) => r.Type === 'AWS::Lambda::Function' && r.Properties.Description?.startsWith('support-desk:'),
      )
      .map((f) => join(out, f.Metadata?.['aws:asset:path'] ?? 'missing'));
    storedDesk = Object.values<TemplateFunction>(template.Resources).find(
      (r) => r.Type === 'Custom::DeskConfiguration',
    );
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('succeeds with the AwsSolutions checks registered', () => {
    expect(synth.stderr).not.toMatch(/AwsSolutions-/);
    expect(synth.code).toBe(0);
  });

  it('bundles both desk functions', () => {
    expect(bundles).toHaveLength(2);
  });

  it('starts every bundle with the createRequire banner and ships its source map', () => {
    for (const bundle of bundles) {
      expect(readFileSync(join(bundle, 'index.mjs'), 'utf8').startsWith(BUNDLE.banner)).toBe(true);
      expect(existsSync(join(bundle, 'index.mjs.map'))).toBe(true);
    }
  });

  it('copies the desk file next to each bundle', () => {
    for (const bundle of bundles) {
      expect(readdirSync(bundle)).toContain(BUNDLED_DESK_FILE);
      expect(readFileSync(join(bundle, BUNDLED_DESK_FILE), 'utf8')).toBe(readFileSync(deskFile, 'utf8'));
    }
  });

  it('stores in the table the very desk file it bundles', () => {
    const expected = JSON.stringify({ S: readFileSync(deskFile, 'utf8') });
    expect(JSON.stringify(storedDesk)).toContain(JSON.stringify(expected).slice(1, -1));
  });

  it("ships iconv-lite's decoding tables where the bundles' require looks for them", () => {
    const tablesRequired = bundles.flatMap((bundle) => {
      const code = readFileSync(join(bundle, 'index.mjs'), 'utf8');
      return [...code.matchAll(/\w+\("\.\/tables\/([\w-]+\.json)"\)/g)].map(([, name]) => ({
        bundle,
        name,
      }));
    });
    expect(tablesRequired.map(({ name }) => name)).toContain('cp936.json');
    for (const { bundle, name } of tablesRequired) {
      expect(readFileSync(join(bundle, 'tables', name!))).toEqual(readFileSync(join(ICONV_TABLES, name!)));
    }
  });

  it("puts the stand-ins for mailparser's unused linkify-it and html-to-text in the bundle that reads mail", () => {
    const code = bundles.map((bundle) => readFileSync(join(bundle, 'index.mjs'), 'utf8'));
    const readsMail = code.filter((text) => text.includes('skipHtmlToText'));
    expect(readsMail).toHaveLength(1);
    expect(readsMail[0]).toContain('parseMail must keep skipTextToHtml and skipTextLinks');
    expect(readsMail[0]).toContain('parseMail must keep skipHtmlToText');
    // html-to-text's option that every conversion sets up; absent when the real module is not bundled.
    expect(readsMail[0]).not.toContain('wordwrap');
  });

  it("carries the holiday tables of the desk's places (the fixture desk: Italy), not date-holidays", () => {
    const { first, last } = BUNDLED_HOLIDAY_YEARS;
    const every = (place: string) => buildHolidayTables([place], first, last).places[place]!.every;
    for (const bundle of bundles) {
      const code = readFileSync(join(bundle, 'index.mjs'), 'utf8');
      expect(code).toContain(every('IT'));
      expect(code).not.toContain(every('US'));
      expect(code).toContain('built from the desk file at synth');
    }
  });

  it('hands the built-ins of Node over without ES module facades (infra/builtin)', () => {
    for (const bundle of bundles) {
      const code = readFileSync(join(bundle, 'index.mjs'), 'utf8');
      expect(esImportedBuiltins(code)).toEqual(['node:module']);
      expect(code).toContain('process.getBuiltinModule("node:https")');
    }
  });

  it('produces bundles that Node loads as ES modules exporting a handler', async () => {
    for (const bundle of bundles) expect(await handlerTypeOf(join(bundle, 'index.mjs'))).toBe('function');
  }, 60_000);

  it('stops before synthesis with one line naming a bad context key', async () => {
    const bad = await cdk(
      ['synth', '--quiet', '-o', join(dir, 'bad.out'), '-c', 'supportAddress=nobody'],
      cdkHome,
    );
    expect(bad.code).not.toBe(0);
    const line = bad.stderr.split('\n').find((l) => l.includes('cdk context'));
    expect(line).toBe('cdk context "supportAddress": expected an email address, got "nobody"');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
