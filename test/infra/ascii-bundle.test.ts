import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from '@jridgewell/sourcemap-codec';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiBundle, escapeNonAscii, shiftMappings } from '../../infra/ascii-bundle.mjs';
import { ASCII_BUNDLE_SCRIPT } from '../../infra/bundling';

const dir = mkdtempSync(join(tmpdir(), 'support-desk-ascii-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The values an expression evaluates to. */
function evaluate(expression: string): unknown[] {
  return new Function(`return [${expression}];`)() as unknown[];
}

// Patterns and strings as the intake writes them: words with accents, classes with ranges beyond
// ASCII, an astral character, a named group, with and without the u flag.
const EXPRESSION = [
  String.raw`/\b(?:napisał|escribió|schrieb)\b/iu`,
  '/[ą-ż]+/',
  String.raw`/[à-ÿ\p{L}]+ł/u`,
  '/😀|é/u',
  String.raw`/(?<città>\d+)/`,
  `'perché «così»'`,
  '/* commento: già */ 1',
].join(', ');
const SAMPLES = ['Mario ha napisał:', 'ESCRIBIÓ', 'żółw', 'ąę', 'àÿ ł', 'x😀y', 'é', 'città 42', 'plain', ''];

describe('escapeNonAscii', () => {
  it('writes every character beyond ASCII as an escape, and the code means what it meant', () => {
    const { code } = escapeNonAscii(EXPRESSION);
    expect(code).toMatch(/^[^\u0080-\uffff]*$/);
    const before = evaluate(EXPRESSION);
    const after = evaluate(code);
    expect(after).toHaveLength(before.length);
    for (const [index, value] of before.entries()) {
      const escaped = after[index];
      if (value instanceof RegExp && escaped instanceof RegExp) {
        expect(escaped.flags).toBe(value.flags);
        for (const sample of SAMPLES) expect(escaped.exec(sample)).toEqual(value.exec(sample));
      } else {
        expect(escaped).toEqual(value);
      }
    }
  });

  it('notes where on each line it escaped, counting in the input', () => {
    expect(escapeNonAscii('a = /é/;\nb\nc = "ł", /ø😀/').escapedColumns).toEqual([[5], [], [5, 10, 11, 12]]);
  });

  it('refuses a non-ASCII character after a backslash, which its escape would turn into an escaped backslash', () => {
    expect(() => escapeNonAscii('ok\nx = /\\é/;')).toThrow(
      'ascii-bundle: a backslash before a non-ASCII character at line 2, column 7: cannot escape it',
    );
  });

  it('refuses a non-ASCII character in a tagged template, whose raw text its escape would change, and escapes one in a plain template', () => {
    expect(() => escapeNonAscii('ok;\nx = String.raw`già`;')).toThrow(
      'ascii-bundle: a non-ASCII character in a tagged template at line 2, column 18: cannot escape it',
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code's text, with a placeholder in it, is the input
    const plain = 'x = `già ${String.raw`a`}`;';
    expect(escapeNonAscii(plain).code).toBe(plain.replace('à', '\\u00e0'));
  });

  it('refuses code it cannot parse, with a one-line error', () => {
    expect(() => escapeNonAscii('x = /é/ +;')).toThrow(
      /^ascii-bundle: cannot parse the bundle: Unexpected token \(1:9\)$/,
    );
  });

  it('leaves ASCII code as it is', () => {
    expect(escapeNonAscii('const a = /\\u00e9/u;\n').code).toBe('const a = /\\u00e9/u;\n');
  });
});

describe('shiftMappings', () => {
  // One minified line: the escapes come before `marker`, which the map must still find.
  const source = 'const words = /(napisał|escribió)/;\nexport const marker = words.test("ł");\n';
  const built = transformSync(source, {
    minify: true,
    sourcemap: 'external',
    format: 'esm',
    charset: 'ascii',
  });
  const map = JSON.parse(built.map) as { mappings: string };

  /** The generated column of the segment pointing at `words` in `words.test` in the source. */
  function wordsColumn(mappings: string): number {
    const sourceLine = 1;
    const sourceColumn = source.split('\n')[sourceLine]!.indexOf('words');
    const segment = decode(mappings)
      .flat()
      .find((s) => s[2] === sourceLine && s[3] === sourceColumn);
    if (!segment) throw new Error('no segment for words.test');
    return segment[0];
  }

  it('moves each position past the escapes before it on its line, so that it points at the same token', () => {
    expect(built.code.split('\n')).toHaveLength(2); // one line of code, so the escapes share its line
    const before = wordsColumn(map.mappings);
    const token = built.code.slice(before, before + 6);
    expect(token).toMatch(/^\w\.test$/);
    const { code, escapedColumns } = escapeNonAscii(built.code);
    expect(escapedColumns[0]).toHaveLength(2); // ł and ó in the pattern: esbuild escaped the string
    const after = wordsColumn(shiftMappings(map.mappings, escapedColumns));
    expect(after).toBe(before + 10);
    expect(code.slice(after, after + 6)).toBe(token);
  });

  it('leaves positions before the first escape and on lines without one where they were', () => {
    const mappings = 'AAAA,EAAE;AACA';
    expect(shiftMappings(mappings, [[10], []])).toBe(mappings);
  });
});

describe('asciiBundle', () => {
  it('rewrites the bundle and its map, and the bundle still runs', () => {
    const file = join(dir, 'index.mjs');
    const built = transformSync('export const words = /(?:già|perché)$/u, count = 2;\n', {
      minify: true,
      sourcemap: 'external',
      format: 'esm',
    });
    writeFileSync(file, `${built.code}//# sourceMappingURL=index.mjs.map\n`);
    writeFileSync(`${file}.map`, built.map);
    expect(asciiBundle(file)).toBe(2);
    expect(readFileSync(file, 'utf8')).toMatch(/^[^\u0080-\uffff]*$/);
    const mappings = (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { mappings: string }).mappings;
    expect(mappings).not.toBe(JSON.parse(built.map).mappings);
    const script = `const { words } = await import(${JSON.stringify(file)}); console.log(words.test('è già'), words.test('gia'));`;
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })).toBe(
      'true false\n',
    );
  });

  it('rewrites a bundle without a map, and leaves an ASCII one untouched', () => {
    const file = join(dir, 'plain.mjs');
    writeFileSync(file, 'export const a = /ø/;\n');
    expect(asciiBundle(file)).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('export const a = /\\u00f8/;\n');
    expect(asciiBundle(file)).toBe(0);
  });

  it('as the hook runs it: a one-line error and a failed exit for a bundle it cannot escape, usage without one', () => {
    const file = join(dir, 'bad.mjs');
    writeFileSync(file, 'export const a = /\\ø/;\n');
    const failed = spawnSync(process.execPath, [ASCII_BUNDLE_SCRIPT, file], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe(
      'ascii-bundle: a backslash before a non-ASCII character at line 1, column 20: cannot escape it\n',
    );
    const usage = spawnSync(process.execPath, [ASCII_BUNDLE_SCRIPT], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('usage: node infra/ascii-bundle.mjs <bundle.mjs>\n');
  });
});
