#!/usr/bin/env node
// Entry point of the `support-desk` command: runs cli/main.ts's `main`. The sources are
// TypeScript and `npm ci` has no build step, so tsx's loader compiles them on the fly.
// `deadline` is built for volume (`--batch`: 100,000 lines in well under 2 s including
// process start), and `ingest --dry-run` replays a month of mail in one process; tsx's loader
// alone costs ~0.3 s of start-up and compiling the mail path another second; so those
// commands run main from an esbuild bundle of their own, cached in node_modules/.cache,
// rebuilt whenever a file it was built from changes. Any trouble with a bundle falls back to tsx.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const key = createHash('sha256').update(root).digest('hex').slice(0, 12);
const cache = join(root, 'node_modules', '.cache', 'support-desk');
const BUNDLED = ['deadline', 'ingest'];
const args = process.argv.slice(2);
const command = BUNDLED.includes(args[0]) ? args[0] : undefined;
const bundlePath = join(cache, `${command}-${key}.mjs`);
const inputsPath = join(cache, `${command}-${key}.inputs.json`);

const stamp = (path) => {
  const { mtimeMs, size } = statSync(join(root, path));
  return `${mtimeMs}:${size}`;
};

function isFresh() {
  try {
    const inputs = JSON.parse(readFileSync(inputsPath, 'utf8'));
    return Object.entries(inputs).every(([path, seen]) => stamp(path) === seen);
  } catch {
    return false;
  }
}

// Each bundle holds one command: the others pull in the AWS SDK and native modules, so they
// stay out of it (stubbed) and run through tsx. A command's own helper modules
// (cli/commands/<command>-*.ts, dry-run-json.ts) are kept.
const onlyCommand = {
  name: 'only-command',
  setup(build) {
    build.onLoad({ filter: /cli[\\/]commands[\\/][^\\/]+\.ts$/ }, (args) => {
      const file = args.path.split(/[\\/]/).pop();
      const own =
        file === `${command}.ts` ||
        file.startsWith(`${command}-`) ||
        (command === 'ingest' && file === 'dry-run-json.ts');
      return own
        ? undefined
        : {
            contents: `export async function run() { throw new Error("not in the ${command} bundle"); }`,
            loader: 'ts',
          };
    });
  },
};

async function build() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    outfile: bundlePath,
    logLevel: 'silent',
    // mailparser and its dependencies are CommonJS: an ESM bundle needs a require of its own.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    plugins: [onlyCommand],
  });
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((path) => [path, stamp(path)]));
  mkdirSync(cache, { recursive: true });
  // Written aside and renamed, so that a process running at the same time never reads half a file.
  writeFileSync(`${bundlePath}.${process.pid}`, result.outputFiles[0].contents);
  writeFileSync(`${inputsPath}.${process.pid}`, JSON.stringify(inputs));
  renameSync(`${bundlePath}.${process.pid}`, bundlePath);
  renameSync(`${inputsPath}.${process.pid}`, inputsPath);
}

async function bundledMain() {
  try {
    if (!isFresh()) await build();
    return (await import(pathToFileURL(bundlePath).href)).main;
  } catch {
    return undefined;
  }
}

async function compiledMain() {
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../cli/main.ts')).main;
}

const main = (command && (await bundledMain())) || (await compiledMain());
process.exitCode = await main(args);
