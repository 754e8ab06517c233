'use strict';

// Copied beside each Lambda bundle as mimetypes.js (FILES_BESIDE_BUNDLE in ../../bundling.ts), where
// the bundled libmime's require('./mimetypes.js'), left external, finds it. libmime reads its MIME
// type and extension tables (70 KB) only to guess a type from a file name or an extension from a
// type; they load on first use, from mime-tables/, instead of in every cold start.

let tables;

function load() {
  tables ??= require('./mime-tables/libmime.cjs');
  return tables;
}

// libmime reads the module through TypeScript's __importStar, which keeps an __esModule module as
// it is, getters included.
Object.defineProperty(exports, '__esModule', { value: true });
Object.defineProperty(exports, 'list', { enumerable: true, get: () => load().list });
Object.defineProperty(exports, 'extensions', { enumerable: true, get: () => load().extensions });
