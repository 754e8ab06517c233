import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, type ICommandHooks, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import { IANAZone } from 'luxon';
import { holidayPlacesOf, timeZonesOf } from '../lib/calendar';
import { buildHolidayTables } from '../lib/calendar/holidays/build-tables';
import { BUNDLED_HOLIDAY_YEARS } from '../lib/calendar/holidays/years';
import { measureZoneTable, type ZoneTables } from '../lib/calendar/zone-table';
import type { Desk } from '../lib/desk';
import type { CheckedDesk } from '../lib/desk/checked-desk';
import type { LoadedDesk } from '../lib/desk/desk-file';
import { checkDeskJson } from '../lib/desk/parse-desk';
import { readDesk } from './desk-check';

/** The built-ins the bundles import, each handed over by infra/builtin/<name>.cjs (zlib: zlib.ts, on first use). */
export const BUILTIN_SHIMS = [
  'async_hooks',
  'console',
  'crypto',
  'fs',
  'http',
  'https',
  'net',
  'path',
  'stream',
  'url',
] as const;

/** Alias entries sending `name` and `node:name` of each built-in to its file in infra/builtin. */
function builtinAliases(): Record<string, string> {
  const shims: Array<[string, string]> = [
    ...BUILTIN_SHIMS.map((name): [string, string] => [name, `./infra/builtin/${name}.cjs`]),
    ['zlib', './infra/builtin/zlib.ts'],
  ];
  return Object.fromEntries(
    shims.flatMap(([name, path]) => [
      [name, path],
      [`node:${name}`, path],
    ]),
  );
}

/** Newest Node.js runtime aws-cdk-lib offers (Lambda must run Node.js 22 or later). */
export const LAMBDA_RUNTIME = lambda.Runtime.NODEJS_24_X;

/** Name the desk file gets inside each bundle; DESK_CONFIG_PATH is resolved against LAMBDA_TASK_ROOT. */
export const BUNDLED_DESK_FILE = 'desk.json';

/** iconv-lite's encodings/index.js, which requires all its encodings: absolute, so that only it matches. */
const ICONV_ENCODINGS_INDEX = join(packageDir('iconv-lite'), 'encodings', 'index.js');

/**
 * The esbuild settings of every function bundle, in one place so that `bench/bundle.bench.ts`
 * measures exactly what `cdk deploy` ships.
 */
export const BUNDLE = {
  target: 'node24',
  format: 'esm',
  minify: true,
  sourcemap: true,
  // The maps carry positions only: with NODE_OPTIONS=--enable-source-maps Node maps stack traces
  // without the sources, which would make the ingest map 4.8 MB instead of 1.2 MB and cost ~15 ms
  // of CPU in every cold start to read (Lambda logs stack traces, never source excerpts).
  sourcesContent: false,
  // Prefer the ES module build of dependencies that ship both.
  mainFields: ['module', 'main'],
  // The Lambda runtime provides AWS SDK v3; bundling it would add about 0.5 MB to every function.
  // iconv-lite (under mailparser) loads its Chinese, Japanese and Korean decoding tables with
  // `require('./tables/<name>.json')` only when a message uses such a charset: left external and
  // shipped beside the bundle (ICONV_TABLES), they stay out of the code every cold start parses.
  // libmime's and nodemailer's MIME type tables, which they load at import but read only to guess
  // a type or an extension, and the modules the stand-ins in infra/lazy/ load on first use are left
  // external too, and shipped beside the bundle (FILES_BESIDE_BUNDLE). So is iconv-lite's index of
  // its encodings, which never runs: infra/lazy/iconv-lite.ts builds that table itself.
  external: [
    '@aws-sdk/*',
    './tables/*',
    './mimetypes.js',
    './mime-types.js',
    './lazy-modules/*',
    ICONV_ENCODINGS_INDEX,
  ],
  // Dependencies mailparser imports but, with the options parseMail passes, never calls: stand-ins
  // that throw if reached keep them out of every cold start (infra/left-out/ says why). Paths are
  // relative to the project root, where CDK runs esbuild.
  alias: {
    'linkify-it': './infra/left-out/linkify-it.ts',
    'html-to-text': './infra/left-out/html-to-text.ts',
    // The top-level domain list mailparser hands to linkify-it, left out above.
    tlds: './infra/left-out/tlds.ts',
    // The functions read their desk's holidays from tables defined at synth (holidayDefines).
    'date-holidays': './infra/left-out/date-holidays.ts',
    // iconv-lite with its double-byte tables built on first use, not when libmime creates the GBK
    // codec at import (infra/lazy/ says why).
    'iconv-lite': './infra/lazy/iconv-lite.ts',
    // libmime's decoder for the Japanese charsets iconv-lite lacks, loaded on first use.
    'encoding-japanese': './infra/lazy/encoding-japanese.ts',
    // he's encode with its default options, which mailparser calls on every address, without its
    // entity tables; the rest of he loaded on first use.
    he: './infra/lazy/he.ts',
    // luxon, which only what the zone tables do not answer reaches, loaded on first use.
    luxon: './infra/lazy/luxon.ts',
    // mailparser imports libmime's ES module build and mailsplit requires its CommonJS build: one
    // copy, the CommonJS one (whose default export, the shared instance, is what both read),
    // instead of two in every cold start (-95 KB, import -4 ms of CPU).
    libmime: './node_modules/libmime/dist/cjs/libmime.js',
    // eld's table, read from beside the bundle on the first detection (infra/lazy/eld-table.ts).
    '#eld-table': './infra/lazy/eld-table.ts',
    // Node's built-in modules without an ES module facade, whose getters load undici and more
    // (infra/builtin/ says why), node:zlib on first use.
    ...builtinAliases(),
  },
  // ESM bundles of CommonJS dependencies (mailparser, iconv-lite, ...) call `require`, which ES
  // modules lack; the alias keeps the import from clashing with a bundled `createRequire`.
  banner:
    "import { createRequire as topLevelCreateRequire } from 'node:module'; const require = topLevelCreateRequire(import.meta.url);",
} as const;

/** The directory holding package.json: esbuild's working directory for BUNDLE.alias. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The esbuild define that gives a bundle the holiday tables of the places its desk's calendars
 * use, built now from date-holidays for BUNDLED_HOLIDAY_YEARS (lib/calendar/holidays/holiday-source.ts).
 */
export function holidayDefines(deskFile: string | undefined): Record<string, string> {
  return holidayTablesDefine(readDesk(deskFile).desk);
}

function holidayTablesDefine(desk: Desk): Record<string, string> {
  const used = [...desk.calendars.values()].flatMap(holidayPlacesOf);
  const tables = buildHolidayTables(used, BUNDLED_HOLIDAY_YEARS.first, BUNDLED_HOLIDAY_YEARS.last);
  return { SUPPORT_DESK_HOLIDAY_TABLES: JSON.stringify(tables) };
}

/**
 * The esbuild define that gives a bundle the UTC offsets of its desk's calendar zones over
 * BUNDLED_HOLIDAY_YEARS, measured now through the Intl API (lib/calendar/zone-table.ts), so that
 * its cold start asks Intl nothing: the first Intl.DateTimeFormat of a process costs ~10 ms of CPU.
 * Like the holiday tables, the offsets are this build's tz data until the next deployment.
 */
export function zoneDefines(deskFile: string | undefined): Record<string, string> {
  return zoneTablesDefine(readDesk(deskFile).desk);
}

function zoneTablesDefine(desk: Desk): Record<string, string> {
  const zones = [...new Set([...desk.calendars.values()].flatMap(timeZonesOf))].sort();
  const from = Date.UTC(BUNDLED_HOLIDAY_YEARS.first, 0, 1);
  const to = Date.UTC(BUNDLED_HOLIDAY_YEARS.last + 1, 0, 1);
  const tables: ZoneTables = Object.fromEntries(
    zones.map((name) => {
      const zone = IANAZone.create(name);
      return [name, measureZoneTable(from, to, (at) => zone.offset(at))];
    }),
  );
  return { SUPPORT_DESK_ZONE_TABLES: JSON.stringify(tables) };
}

/**
 * The esbuild define that gives a bundle its desk as the schemas check it now (lib/desk/checked-desk.ts):
 * the file's text, the file with its defaults and the calendars converted. The function compiles
 * the desk from it when the file beside the bundle is that text, without building or running the
 * desk's and calendars' schemas (~15 ms of CPU in a cold start). The text is read through the one
 * loader, which has checked the whole desk by then (a bad desk stops the synth).
 */
export function checkedDeskDefine(deskFile: string | undefined): Record<string, string> {
  return checkedDeskOf(readDesk(deskFile), deskFile);
}

function checkedDeskOf({ json: text }: LoadedDesk, deskFile: string | undefined): Record<string, string> {
  const checked: CheckedDesk = { text, ...checkDeskJson(text, deskFile ?? 'default desk') };
  const value = JSON.stringify(checked);
  // CDK hands each define to esbuild as one command-line argument, and Linux refuses an argument
  // over 128 KiB: a desk that large (hundreds of customers) goes without, and its functions parse
  // the file at their first event as they did before.
  return value.length > CHECKED_DESK_DEFINE_LIMIT ? {} : { SUPPORT_DESK_CHECKED: value };
}

/** The largest checked desk a bundle carries, in characters, well under Linux's 128 KiB per argument. */
export const CHECKED_DESK_DEFINE_LIMIT = 96 * 1024;

/** Every esbuild define of a function bundle: its desk's holiday tables, zone offsets and checked desk, from one read of the desk. */
export function bundleDefines(deskFile: string | undefined): Record<string, string> {
  const loaded = readDesk(deskFile);
  return {
    ...holidayTablesDefine(loaded.desk),
    ...zoneTablesDefine(loaded.desk),
    ...checkedDeskOf(loaded, deskFile),
  };
}

/** esbuild's own options for BUNDLE, for building a bundle outside CDK exactly as the stack does (bench, tests). */
export function esbuildOptions(entry: string, outfile: string, deskFile?: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    platform: 'node',
    format: BUNDLE.format,
    target: BUNDLE.target,
    minify: BUNDLE.minify,
    sourcemap: BUNDLE.sourcemap,
    sourcesContent: BUNDLE.sourcesContent,
    mainFields: [...BUNDLE.mainFields],
    external: [...BUNDLE.external],
    alias: { ...BUNDLE.alias },
    define: bundleDefines(deskFile),
    banner: { js: BUNDLE.banner },
    logLevel: 'error',
  };
}

/** Folder of iconv-lite's multi-byte decoding tables, copied to `tables/` beside every bundle. */
export const ICONV_TABLES = join(
  dirname(createRequire(import.meta.url).resolve('iconv-lite/package.json')),
  'encodings',
  'tables',
);

/** The installed package `name`'s directory: the nearest above its entry point whose package.json names it. */
function packageDir(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  while (!isPackageNamed(dir, name)) {
    if (dirname(dir) === dir) throw new Error(`no package.json of ${name} above its entry point`);
    dir = dirname(dir);
  }
  return dir;
}

function isPackageNamed(dir: string, name: string): boolean {
  const file = join(dir, 'package.json');
  return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === name;
}

/**
 * Files the after-bundling hook copies beside every bundle (`to`, relative to it), loaded on first
 * use rather than parsed in every cold start:
 * - modules the stand-ins in infra/lazy/ require as ./lazy-modules/<name>.cjs (he's entity tables
 *   and encoding-japanese's conversion tables cost ~7 ms of CPU even unexecuted in the bundle;
 *   iconv-lite's single-byte code pages are 63 KB);
 * - libmime's and nodemailer's MIME type tables: the bundles' require('./mimetypes.js') and
 *   import './mime-types.js' find the stand-ins from infra/lazy/beside/ under those names, which
 *   load the real tables from mime-tables/.
 */
export const FILES_BESIDE_BUNDLE = [
  { from: join(packageDir('he'), 'he.js'), to: 'lazy-modules/he.cjs' },
  { from: join(packageDir('luxon'), 'build', 'node', 'luxon.js'), to: 'lazy-modules/luxon.cjs' },
  {
    from: join(packageDir('encoding-japanese'), 'encoding.min.js'),
    to: 'lazy-modules/encoding-japanese.cjs',
  },
  {
    from: join(packageDir('iconv-lite'), 'encodings', 'sbcs-data.js'),
    to: 'lazy-modules/iconv-sbcs-data.cjs',
  },
  {
    from: join(packageDir('iconv-lite'), 'encodings', 'sbcs-data-generated.js'),
    to: 'lazy-modules/iconv-sbcs-data-generated.cjs',
  },
  { from: join(PROJECT_ROOT, 'infra', 'lazy', 'beside', 'libmime-mimetypes.cjs'), to: 'mimetypes.js' },
  { from: join(packageDir('libmime'), 'dist', 'cjs', 'mimetypes.js'), to: 'mime-tables/libmime.cjs' },
  { from: join(PROJECT_ROOT, 'infra', 'lazy', 'beside', 'nodemailer-mime-types.cjs'), to: 'mime-types.js' },
  {
    from: join(packageDir('nodemailer'), 'dist', 'cjs', 'mime-funcs', 'mime-types.js'),
    to: 'mime-tables/nodemailer.cjs',
  },
] as const;

/** The shell commands copying FILES_BESIDE_BUNDLE into `outputDir`, their folders made first. */
function filesBesideBundle(outputDir: string): string[] {
  const folders = [...new Set(FILES_BESIDE_BUNDLE.map(({ to }) => dirname(to)))].filter((d) => d !== '.');
  return [
    `mkdir -p ${folders.map((folder) => shellQuote(`${outputDir}/${folder}`)).join(' ')}`,
    ...FILES_BESIDE_BUNDLE.map(
      ({ from, to }) => `cp ${shellQuote(from)} ${shellQuote(`${outputDir}/${to}`)}`,
    ),
  ];
}

/** NodejsFunction bundling options for BUNDLE, copying the decoding tables and `deskFile` (if any) next to the bundle. */
export function nodejsBundling(deskFile: string | undefined): BundlingOptions {
  return {
    format: OutputFormat.ESM,
    target: BUNDLE.target,
    minify: BUNDLE.minify,
    sourceMap: BUNDLE.sourcemap,
    sourcesContent: BUNDLE.sourcesContent,
    mainFields: [...BUNDLE.mainFields],
    externalModules: [...BUNDLE.external],
    banner: BUNDLE.banner,
    define: bundleDefines(deskFile),
    esbuildArgs: { '--alias': Object.entries(BUNDLE.alias).map(([name, path]) => `${name}=${path}`) },
    commandHooks: copyBesideBundle(deskFile),
  };
}

/** The script that rewrites a bundle and its source map as pure ASCII (infra/ascii-bundle.mjs). */
export const ASCII_BUNDLE_SCRIPT = join(PROJECT_ROOT, 'infra', 'ascii-bundle.mjs');

/** The script that writes eld's table beside a bundle (infra/eld-table-beside.mjs). */
export const ELD_TABLE_SCRIPT = join(PROJECT_ROOT, 'infra', 'eld-table-beside.mjs');

function copyBesideBundle(deskFile: string | undefined): ICommandHooks {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (_inputDir: string, outputDir: string) => [
      // esbuild leaves non-ASCII characters in regular-expression literals, and one makes Node
      // decode the whole source as UTF-16: ~7 ms of each cold start under Node 24 (the script says why).
      `node ${shellQuote(ASCII_BUNDLE_SCRIPT)} ${shellQuote(`${outputDir}/index.mjs`)}`,
      `node ${shellQuote(ELD_TABLE_SCRIPT)} ${shellQuote(outputDir)}`,
      `cp -R ${shellQuote(ICONV_TABLES)} ${shellQuote(`${outputDir}/tables`)}`,
      // The stand-ins are .js files, CommonJS wherever the asset directory lies (cdk.out sits in
      // this project, whose package.json says "module"); index.mjs is an ES module by its name.
      `echo '{"type":"commonjs"}' > ${shellQuote(`${outputDir}/package.json`)}`,
      ...filesBesideBundle(outputDir),
      ...(deskFile === undefined
        ? []
        : [`cp ${shellQuote(deskFile)} ${shellQuote(`${outputDir}/${BUNDLED_DESK_FILE}`)}`]),
    ],
  };
}

function shellQuote(path: string): string {
  return `'${path.replaceAll("'", "'\\''")}'`;
}
