import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Every TypeScript and JavaScript source under `dir`, as paths relative to the repository. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs|cjs)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

// Static imports and re-exports, side-effect imports, dynamic import() and require(): the specifier.
const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"\n]{1,300})['"]/g;

/** The repository paths a source file imports (relative specifiers only; packages are not ours). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(specifier)]
    .map((match) => match[1] ?? '')
    .filter((path) => path.startsWith('.'))
    .map((path) => relative(root, resolve(root, dirname(file), path)));
}

/** `file -> imported` for every import of the trees that reaches into `local/`. */
function importsOfLocal(trees: readonly string[]): string[] {
  return trees
    .flatMap(sources)
    .flatMap((file) => importsOf(file).map((target) => ({ file, target })))
    .filter(({ target }) => target === 'local' || target.startsWith('local/'))
    .map(({ file, target }) => `${file} -> ${target}`);
}

describe('the import graph', () => {
  it('finds imports where there are some: the local desk imports the functions and lib', () => {
    const local = sources('local').flatMap(importsOf);
    expect(local.some((target) => target.startsWith('functions/'))).toBe(true);
    expect(local.some((target) => target.startsWith('lib/'))).toBe(true);
  });

  it('names the file and what it imports when a tree does reach local/ (the CLI does, for now)', () => {
    expect(importsOfLocal(['cli'])).toContain('cli/commands/send.ts -> local/errors');
  });

  it('has no file under functions/, lib/ or infra/ importing the local desk (local/)', () => {
    expect(importsOfLocal(['functions', 'lib', 'infra'])).toEqual([]);
  });

  it('has no file under lib/compose importing lib/tickets: the caller gives it the ticket and its recipients', () => {
    const reaching = sources('lib/compose')
      .flatMap((file) => importsOf(file).map((target) => `${file} -> ${target}`))
      .filter((line) => / -> lib\/tickets(\/|$)/.test(line));
    expect(reaching).toEqual([]);
  });

  it('would name such an import: lib/tickets imports compose, so the pattern matches real paths', () => {
    const tickets = sources('lib/tickets').flatMap(importsOf);
    expect(tickets.some((target) => target.startsWith('lib/compose/'))).toBe(true);
  });
});
