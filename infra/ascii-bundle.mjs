// Makes a Lambda bundle pure ASCII, its source map kept exact: `node infra/ascii-bundle.mjs <bundle.mjs>`,
// run by the stack's after-bundling hook (infra/bundling.ts) on each function's index.mjs.
//
// Why: Node reads an ES module's source as bytes and decodes it to a string before V8 compiles it.
// Pure ASCII decodes on simdutf's fast path into a one-byte string; a single character beyond
// ASCII makes the whole text UTF-16, a slower decode and twice the memory. esbuild escapes
// non-ASCII characters in strings and templates (its default `charset: 'ascii'`) but leaves them
// in regular-expression literals, and the intake's patterns are full of them (napisał, escribió):
// the ingest bundle's 0.66 MB decoded in ~9 ms of CPU under Node 24 instead of ~2.3 ms.
//
// Every character beyond ASCII becomes \uXXXX (a character beyond the BMP, its two surrogate
// halves), which means the same character in a string, a template's cooked text, a regular
// expression (with or without the u flag, inside a class or not) and an identifier of the BMP, and
// nothing in a comment. It would change a tagged template's raw text (String.raw`é` is not
// String.raw`\u00e9`), which esbuild also leaves as written: the script parses the bundle with
// acorn and refuses a character beyond ASCII there. Plain JavaScript, so that the hook needs no
// TypeScript loader.

import { readFileSync, writeFileSync } from 'node:fs';
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { parse } from 'acorn';
import { runAsHookScript } from './hook-script.mjs';

/** Characters the escape rewrites: every UTF-16 code unit beyond ASCII. */
const NON_ASCII = /[\u0080-\uffff]/g;
/** What one escaped code unit adds to its line: `\uXXXX` is six columns where it was one. */
const ADDED_COLUMNS = 5;

/**
 * `code` with every non-ASCII code unit written as \uXXXX, and, for each line, the columns (in
 * the input) where an escape was made. A non-ASCII character right after a backslash (`\é`, an
 * identity escape) would turn into an escaped backslash, and one in a tagged template would change
 * its raw text: both refused, with the line and column.
 *
 * @param {string} code an ES module
 * @returns {{ code: string, escapedColumns: number[][] }}
 */
export function escapeNonAscii(code) {
  if (!/[\u0080-\uffff]/.test(code)) return { code, escapedColumns: [] };
  const tagged = taggedTemplateSpans(code);
  const lines = code.split('\n');
  /** @type {number[][]} */
  const escapedColumns = [];
  let lineStart = 0;
  const escaped = lines.map((line, lineIndex) => {
    /** @type {number[]} */
    const columns = [];
    const where = (/** @type {number} */ column) => `line ${lineIndex + 1}, column ${column + 1}`;
    const out = line.replace(NON_ASCII, (char, column) => {
      if (line[column - 1] === '\\') {
        throw new Error(
          `ascii-bundle: a backslash before a non-ASCII character at ${where(column)}: cannot escape it`,
        );
      }
      const offset = lineStart + column;
      if (tagged.some(([start, end]) => start <= offset && offset < end)) {
        throw new Error(
          `ascii-bundle: a non-ASCII character in a tagged template at ${where(column)}: cannot escape it`,
        );
      }
      columns.push(column);
      return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    lineStart += line.length + 1;
    escapedColumns.push(columns);
    return out;
  });
  return { code: escaped.join('\n'), escapedColumns };
}

/**
 * The [start, end) offsets of every tagged template's text in `code`, parsed by acorn.
 *
 * @param {string} code
 * @returns {Array<[number, number]>}
 */
function taggedTemplateSpans(code) {
  /** @type {Array<[number, number]>} */
  const spans = [];
  /** @param {unknown} node */
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const { type, quasi } = /** @type {{ type?: unknown, quasi?: { start: number, end: number } }} */ (node);
    if (type === 'TaggedTemplateExpression' && quasi) spans.push([quasi.start, quasi.end]);
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') visit(child);
  };
  let program;
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch (error) {
    throw new Error(
      `ascii-bundle: cannot parse the bundle: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  visit(program);
  return spans;
}

/**
 * A source map's `mappings` with each generated column moved past the escapes made before it on
 * its line, so that every position still points at the same token.
 *
 * @param {string} mappings
 * @param {number[][]} escapedColumns
 * @returns {string}
 */
export function shiftMappings(mappings, escapedColumns) {
  const decoded = decode(mappings);
  for (const [lineIndex, segments] of decoded.entries()) {
    const columns = escapedColumns[lineIndex] ?? [];
    if (columns.length === 0) continue;
    let before = 0;
    // Segments are sorted by generated column, as are the escapes: one pass over both.
    for (const segment of segments) {
      while (before < columns.length && (columns[before] ?? Number.POSITIVE_INFINITY) < segment[0]) before++;
      segment[0] += before * ADDED_COLUMNS;
    }
  }
  return encode(decoded);
}

/**
 * Rewrites `file` and, if it has one, `file.map`. Returns how many code units were escaped.
 *
 * @param {string} file
 * @returns {number}
 */
export function asciiBundle(file) {
  const { code, escapedColumns } = escapeNonAscii(readFileSync(file, 'utf8'));
  const count = escapedColumns.reduce((sum, columns) => sum + columns.length, 0);
  if (count === 0) return 0;
  writeFileSync(file, code);
  const mapFile = `${file}.map`;
  /** @type {{ mappings: string } | undefined} */
  let map;
  try {
    map = JSON.parse(readFileSync(mapFile, 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  if (map)
    writeFileSync(mapFile, JSON.stringify({ ...map, mappings: shiftMappings(map.mappings, escapedColumns) }));
  return count;
}

runAsHookScript(import.meta.url, 'usage: node infra/ascii-bundle.mjs <bundle.mjs>', asciiBundle);
