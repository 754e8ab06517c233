import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { describe, expect, it } from 'vitest';
import {
  ASCII_BUNDLE_SCRIPT,
  BUILTIN_SHIMS,
  BUNDLE,
  BUNDLED_DESK_FILE,
  CHECKED_DESK_DEFINE_LIMIT,
  checkedDeskDefine,
  ELD_TABLE_SCRIPT,
  FILES_BESIDE_BUNDLE,
  ICONV_TABLES,
  LAMBDA_RUNTIME,
  nodejsBundling,
  PROJECT_ROOT,
} from '../../infra/bundling';
import { DEFAULT_DESK_FILE } from '../../lib/desk/default-desk';
import { checkDeskJson } from '../../lib/desk/parse-desk';

/** What every afterBundling hook writes for the files shipped beside the bundle, into /out. */
const besideCopies = [
  `echo '{"type":"commonjs"}' > '/out/package.json'`,
  `mkdir -p '/out/lazy-modules' '/out/mime-tables'`,
  `cp '${PROJECT_ROOT}/node_modules/he/he.js' '/out/lazy-modules/he.cjs'`,
  `cp '${PROJECT_ROOT}/node_modules/luxon/build/node/luxon.js' '/out/lazy-modules/luxon.cjs'`,
  `cp '${PROJECT_ROOT}/node_modules/encoding-japanese/encoding.min.js' '/out/lazy-modules/encoding-japanese.cjs'`,
  `cp '${PROJECT_ROOT}/node_modules/iconv-lite/encodings/sbcs-data.js' '/out/lazy-modules/iconv-sbcs-data.cjs'`,
  `cp '${PROJECT_ROOT}/node_modules/iconv-lite/encodings/sbcs-data-generated.js' '/out/lazy-modules/iconv-sbcs-data-generated.cjs'`,
  `cp '${PROJECT_ROOT}/infra/lazy/beside/libmime-mimetypes.cjs' '/out/mimetypes.js'`,
  `cp '${PROJECT_ROOT}/node_modules/libmime/dist/cjs/mimetypes.js' '/out/mime-tables/libmime.cjs'`,
  `cp '${PROJECT_ROOT}/infra/lazy/beside/nodemailer-mime-types.cjs' '/out/mime-types.js'`,
  `cp '${PROJECT_ROOT}/node_modules/nodemailer/dist/cjs/mime-funcs/mime-types.js' '/out/mime-tables/nodemailer.cjs'`,
];

describe('nodejsBundling', () => {
  const options = nodejsBundling(undefined);

  it('builds minified ES modules with source maps for the Lambda runtime', () => {
    expect(options).toMatchObject({
      format: OutputFormat.ESM,
      minify: true,
      sourceMap: true,
      target: 'node24',
    });
    expect(LAMBDA_RUNTIME.name).toBe(`nodejs${BUNDLE.target.replace('node', '')}.x`);
  });

  it('ships source maps of positions only, without the sources', () => {
    expect(options).toMatchObject({ sourceMap: true, sourcesContent: false });
  });

  it('defines require for CommonJS dependencies with a createRequire banner', () => {
    expect(options.banner).toBe(BUNDLE.banner);
    expect(options.banner).toMatch(
      /createRequire.*from 'node:module'.*const require = .*\(import\.meta\.url\)/,
    );
  });

  it("leaves the AWS SDK to the runtime, the multi-byte decoding tables, the MIME type tables and the modules loaded on first use beside the bundle, and iconv-lite's index of encodings out", () => {
    expect(options.externalModules).toEqual([
      '@aws-sdk/*',
      './tables/*',
      './mimetypes.js',
      './mime-types.js',
      './lazy-modules/*',
      join(PROJECT_ROOT, 'node_modules', 'iconv-lite', 'encodings', 'index.js'),
    ]);
  });

  it('aliases what mailparser imports but never calls, and date-holidays, to the stand-ins in infra/left-out, iconv-lite, encoding-japanese, he and luxon to their loaders on use in infra/lazy, libmime to one build, the eld table to its reader from beside the bundle, and the built-ins of Node to infra/builtin', () => {
    expect(options.esbuildArgs).toEqual({
      '--alias': [
        'linkify-it=./infra/left-out/linkify-it.ts',
        'html-to-text=./infra/left-out/html-to-text.ts',
        'tlds=./infra/left-out/tlds.ts',
        'date-holidays=./infra/left-out/date-holidays.ts',
        'iconv-lite=./infra/lazy/iconv-lite.ts',
        'encoding-japanese=./infra/lazy/encoding-japanese.ts',
        'he=./infra/lazy/he.ts',
        'luxon=./infra/lazy/luxon.ts',
        'libmime=./node_modules/libmime/dist/cjs/libmime.js',
        '#eld-table=./infra/lazy/eld-table.ts',
        ...[...BUILTIN_SHIMS, 'zlib'].flatMap((name) => {
          const path = `./infra/builtin/${name}.${name === 'zlib' ? 'ts' : 'cjs'}`;
          return [`${name}=${path}`, `node:${name}=${path}`];
        }),
      ],
    });
    for (const path of Object.values(BUNDLE.alias)) expect(existsSync(join(PROJECT_ROOT, path))).toBe(true);
  });

  it("makes the bundle pure ASCII, writes eld's table beside it, then copies only iconv-lite's decoding tables, the MIME type tables and the modules loaded on first use when the desk is the embedded default", () => {
    expect(options.commandHooks?.afterBundling('/in', '/out')).toEqual([
      `node '${ASCII_BUNDLE_SCRIPT}' '/out/index.mjs'`,
      `node '${ELD_TABLE_SCRIPT}' '/out'`,
      `cp -R '${ICONV_TABLES}' '/out/tables'`,
      ...besideCopies,
    ]);
  });

  it('finds every file it ships beside the bundle: the MIME type tables and modules the bundles use, and their stand-ins', () => {
    for (const { from } of FILES_BESIDE_BUNDLE) expect(existsSync(from)).toBe(true);
    expect(FILES_BESIDE_BUNDLE.map(({ from }) => relative(PROJECT_ROOT, from))).toEqual([
      'node_modules/he/he.js',
      'node_modules/luxon/build/node/luxon.js',
      'node_modules/encoding-japanese/encoding.min.js',
      'node_modules/iconv-lite/encodings/sbcs-data.js',
      'node_modules/iconv-lite/encodings/sbcs-data-generated.js',
      'infra/lazy/beside/libmime-mimetypes.cjs',
      'node_modules/libmime/dist/cjs/mimetypes.js',
      'infra/lazy/beside/nodemailer-mime-types.cjs',
      'node_modules/nodemailer/dist/cjs/mime-funcs/mime-types.js',
    ]);
  });

  it('finds the decoding tables of the iconv-lite that mailparser uses', () => {
    expect(existsSync(join(ICONV_TABLES, 'cp936.json'))).toBe(true);
    expect(ICONV_TABLES).toBe(join(process.cwd(), 'node_modules', 'iconv-lite', 'encodings', 'tables'));
  });

  it('copies the desk file next to the bundle, quoting its path for the shell', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk '));
    const deskFile = join(dir, "it's a desk.json");
    copyFileSync(join(PROJECT_ROOT, 'examples', 'desks', 'standard.json'), deskFile);
    const hooks = nodejsBundling(deskFile).commandHooks;
    expect(hooks?.afterBundling('/in', '/out')).toEqual([
      `node '${ASCII_BUNDLE_SCRIPT}' '/out/index.mjs'`,
      `node '${ELD_TABLE_SCRIPT}' '/out'`,
      `cp -R '${ICONV_TABLES}' '/out/tables'`,
      ...besideCopies,
      `cp '${dir}/it'\\''s a desk.json' '/out/${BUNDLED_DESK_FILE}'`,
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('defines the desk checked at synth: the text of the file it copies, and what the schemas made of it', () => {
    const deskFile = join(PROJECT_ROOT, 'examples', 'desks', 'two-regions.json');
    const text = readFileSync(deskFile, 'utf8');
    expect(JSON.parse(checkedDeskDefine(deskFile).SUPPORT_DESK_CHECKED ?? '')).toEqual(
      JSON.parse(JSON.stringify({ text, ...checkDeskJson(text, deskFile) })),
    );
    const defaultText = JSON.stringify(DEFAULT_DESK_FILE);
    expect(JSON.parse(checkedDeskDefine(undefined).SUPPORT_DESK_CHECKED ?? '').text).toBe(defaultText);
    expect(Object.keys(nodejsBundling(deskFile).define ?? {})).toContain('SUPPORT_DESK_CHECKED');
  });

  it('leaves out the checked desk of a desk too large for one command-line argument, whose functions parse the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'large desk '));
    const desk = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'examples', 'desks', 'standard.json'), 'utf8'),
    ) as {
      customers?: unknown[];
      tiers: Record<string, unknown>;
    };
    const tier = Object.keys(desk.tiers)[0] ?? '';
    desk.customers = Array.from({ length: 800 }, (_, i) => ({
      match: `customer-${i}.example.net`,
      name: `Customer ${i}`,
      tier,
    }));
    const deskFile = join(dir, 'desk.json');
    writeFileSync(deskFile, JSON.stringify(desk, null, 2));
    expect(readFileSync(deskFile, 'utf8').length).toBeLessThan(CHECKED_DESK_DEFINE_LIMIT);
    expect(checkedDeskDefine(deskFile)).toEqual({});
    rmSync(dir, { recursive: true, force: true });
  });
});
