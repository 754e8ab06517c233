import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import lazyZlib from '../../infra/builtin/zlib';
import { bundleLikeTheStack } from '../../infra/bundle-locally';
import { BUILTIN_SHIMS, BUNDLE, PROJECT_ROOT } from '../../infra/bundling';
import { DEFAULT_ENTRIES } from '../../infra/functions';
import { esImportedBuiltins } from './support/es-imports';

const out = mkdtempSync(join(tmpdir(), 'support-desk-builtins-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const requireHere = createRequire(import.meta.url);

/** Node's own modules a fresh process has loaded once it imported `file`. */
function loadedAfterImport(file: string): string[] {
  const script = [
    `await import(${JSON.stringify(pathToFileURL(file).href)});`,
    'console.log(JSON.stringify(process.moduleLoadList));',
  ].join('\n');
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as string[];
}

describe('the Lambda bundles and Node built-in modules', () => {
  const bundles: Record<string, string> = {};

  beforeAll(async () => {
    for (const [name, entry] of Object.entries(DEFAULT_ENTRIES)) {
      bundles[name] = (await bundleLikeTheStack(join(PROJECT_ROOT, entry), join(out, name))).file;
    }
  }, 120_000);

  it.each(Object.keys(DEFAULT_ENTRIES))(
    'the %s bundle imports no built-in as an ES module, but the banner its require',
    (name) => {
      const code = readFileSync(bundles[name]!, 'utf8');
      expect(esImportedBuiltins(code)).toEqual(['node:module']);
      expect(code.startsWith(BUNDLE.banner)).toBe(true);
    },
  );

  it.each(Object.keys(DEFAULT_ENTRIES))(
    'the %s bundle is pure ASCII, so that Node decodes it on its fast path into a one-byte string',
    (name) => {
      const bytes = readFileSync(bundles[name]!);
      expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
    },
  );

  it('finds the ES imports of built-ins that esbuild writes, minified or not', () => {
    const code = [
      'import{request as a}from"node:http";import b from"node:zlib";',
      'import * as c from "node:fs"; import "node:v8"; const d = await import("crypto");',
      'import e from"nodemailer";',
    ].join('\n');
    expect(esImportedBuiltins(code)).toEqual(['crypto', 'node:fs', 'node:http', 'node:v8', 'node:zlib']);
  });

  it.each(Object.keys(DEFAULT_ENTRIES))(
    'the %s bundle never changes V8 flags at run time, which leaves Node built-ins without their code cache and can crash the process',
    (name) => {
      expect(readFileSync(bundles[name]!, 'utf8')).not.toContain('setFlagsFromString');
    },
  );

  it('leaves zlib and undici (behind node:http) unloaded once the ingest bundle is imported', () => {
    const loaded = loadedAfterImport(bundles.ingest!);
    expect(loaded).toContain('NativeModule http');
    expect(loaded.filter((m) => /\b(zlib|undici)\b/.test(m))).toEqual([]);
  }, 30_000);

  it('aliases each built-in, with and without node:, to its file in infra/builtin', () => {
    for (const name of [...BUILTIN_SHIMS, 'zlib']) {
      const path = BUNDLE.alias[`node:${name}` as keyof typeof BUNDLE.alias];
      expect(path).toMatch(new RegExp(`^\\./infra/builtin/${name}\\.(cjs|ts)$`));
      expect(BUNDLE.alias[name as keyof typeof BUNDLE.alias]).toBe(path);
    }
  });

  it.each(BUILTIN_SHIMS)(
    'hands over node:%s as an object inheriting all of it, with nothing of its own for esbuild to copy',
    (name) => {
      const shim = requireHere(join(PROJECT_ROOT, 'infra', 'builtin', `${name}.cjs`)) as Record<
        string,
        unknown
      >;
      const builtin = process.getBuiltinModule(`node:${name}`) as Record<string, unknown>;
      expect(Object.getPrototypeOf(shim)).toBe(builtin);
      const own = Object.getOwnPropertyNames(shim).filter(
        (key) => !['length', 'name', 'prototype'].includes(key),
      );
      expect(own).toEqual([]);
      for (const key of Object.getOwnPropertyNames(builtin)) {
        if (['length', 'name', 'prototype', 'caller', 'arguments'].includes(key)) continue;
        expect([key, shim[key]]).toEqual([key, builtin[key]]);
      }
    },
  );

  it('hands over node:stream as a function that constructs and extends as Stream does', () => {
    const Stream = process.getBuiltinModule('node:stream');
    const shim = requireHere(join(PROJECT_ROOT, 'infra', 'builtin', 'stream.cjs')) as typeof Stream;
    expect(new shim()).toBeInstanceOf(Stream);
    class Counted extends shim.Transform {}
    expect(new Counted()).toBeInstanceOf(Stream.Transform);
    class Legacy extends shim {}
    expect(new Legacy()).toBeInstanceOf(Stream);
    expect(shim.prototype).toBe(Stream.prototype);
  });

  it('hands over node:zlib on first use', () => {
    const zlib = process.getBuiltinModule('node:zlib');
    expect(lazyZlib).not.toBe(zlib);
    expect(Reflect.get(lazyZlib, 'createUnzip')).toBe(zlib.createUnzip);
  });
});
