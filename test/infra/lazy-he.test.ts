import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import realHe from 'he';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode, type He } from '../../infra/lazy/he';
import { importBundledFixture } from './support/bundled-fixture';

const out = mkdtempSync(join(tmpdir(), 'support-desk-lazy-he-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every code unit of the Basic Multilingual Plane, lone surrogates included, as one-character strings. */
const everyCodeUnit = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit));

describe("he's encode without options, done without he's tables (infra/lazy/he.ts)", () => {
  it('escapes every code unit as he does, one at a time', () => {
    const differing = everyCodeUnit.filter((text) => encode(text) !== realHe.encode(text));
    expect(differing).toEqual([]);
  });

  it('escapes all of them in one string, and astral symbols, as he does', () => {
    const all = everyCodeUnit.join('');
    expect(encode(all)).toBe(realHe.encode(all));
    const astral = '😀 𝔘 \u{10FFFF} \u{1F1EE}\u{1F1F9} \uD83D\uDE00\uD83D x\uDE00';
    expect(encode(astral)).toBe(realHe.encode(astral));
  });

  it('escapes the names and addresses mailparser passes it as he does', () => {
    for (const text of [
      '',
      'Mario Rossi',
      'anna.bianchi@example.it',
      "Nicolò D'Amico <nicolo@example.it>",
      '"Support" & <Sales> `quoted`',
      'Jürgen Groß, Ωmega, 日本語, \u00A0tab\there',
    ]) {
      expect(encode(text)).toBe(realHe.encode(text));
    }
    expect(encode('Nicolò <a&b>')).toBe('Nicol&#xF2; &#x3C;a&#x26;b&#x3E;');
  });
});

describe('he in a bundle', () => {
  let bundled: He;
  let defineLookups = 0;

  beforeAll(async () => {
    // he's module body looks up a global `define` (for AMD loaders) as it ends: a lookup counts as
    // he having loaded.
    Object.defineProperty(globalThis, 'define', {
      configurable: true,
      get: () => {
        defineLookups++;
        return undefined;
      },
    });
    bundled = (await importBundledFixture<{ default: He }>('he-entry.ts', out)).module.default;
  }, 60_000);

  afterAll(() => {
    Reflect.deleteProperty(globalThis, 'define');
  });

  it('encodes without options and does not load he', () => {
    expect(bundled.encode('Nicolò <nicolo@example.it>')).toBe(realHe.encode('Nicolò <nicolo@example.it>'));
    expect(defineLookups).toBe(0);
  });

  it("loads he for what it does not do itself: decoding, named references, he's version", () => {
    expect(bundled.decode('Perch&eacute; &#x1F600; &amp;')).toBe('Perché 😀 &');
    expect(defineLookups).toBeGreaterThan(0);
    expect(bundled.encode('è <', { useNamedReferences: true })).toBe('&egrave; &lt;');
    expect(bundled.escape('<"x">')).toBe(realHe.escape('<"x">'));
    expect(bundled.unescape('&lt;b&gt;')).toBe('<b>');
    expect(bundled.version).toBe(realHe.version);
  });
});
