import { lazyModule } from './lazy-module';

// Stands in for he (HTML entities) inside the Lambda bundles (BUNDLE.alias in ../bundling.ts).
// mailparser calls he.encode with no options on every address it reads, to build the addresses'
// HTML, and he's named-entity tables, 87 KB of object literals built at import, cost ~6-12 ms of
// every cold start though that call never uses them. `encode` without options is done here, by
// he's own algorithm for its default options (the three replacements below, in its order);
// everything else (decode, named references, other options) loads the real he on first use.
// test/infra/lazy-he.test.ts compares both on every code point class he treats apart.

export interface He {
  encode(text: string, options?: object): string;
  decode(html: string, options?: object): string;
  escape(text: string): string;
  unescape(html: string, options?: object): string;
  readonly version: string;
}

// he itself is not in the bundle: this require stays external (FILES_BESIDE_BUNDLE in ../bundling.ts) and
// finds the copy the stack ships beside the bundle, so that a cold start does not even parse it.
const real = lazyModule(() => require('./lazy-modules/he.cjs') as object) as He;

// he 1.2.0's regexEscape, regexAstralSymbols and regexBmpWhitelist.
const UNSAFE = /["&'<>`]/g;
const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point, as he does
const NOT_PRINTABLE_ASCII = /[\x01-\t\x0B\f\x0E-\x1F\x7F\x81\x8D\x8F\x90\x9D\xA0-\uFFFF]/g;

function hexEscape(codePoint: number): string {
  return `&#x${codePoint.toString(16).toUpperCase()};`;
}

function escapeBmp(symbol: string): string {
  return hexEscape(symbol.charCodeAt(0));
}

function escapeAstral(pair: string): string {
  return hexEscape((pair.charCodeAt(0) - 0xd800) * 0x400 + pair.charCodeAt(1) - 0xdc00 + 0x10000);
}

/** he.encode(text) with he's default options; with any options, he's own. */
export function encode(text: string, options?: object): string {
  if (options !== undefined) return real.encode(text, options);
  return text
    .replace(UNSAFE, escapeBmp)
    .replace(ASTRAL, escapeAstral)
    .replace(NOT_PRINTABLE_ASCII, escapeBmp);
}

const he: He = {
  encode,
  decode: (html, options) => real.decode(html, options),
  escape: (text) => real.escape(text),
  unescape: (html, options) => real.unescape(html, options),
  get version() {
    return real.version;
  },
};

export default he;
