'use strict';

// Copied beside each Lambda bundle as mime-types.js (FILES_BESIDE_BUNDLE in ../../bundling.ts), where
// the bundled nodemailer's `import * as mimeTypes from './mime-types.js'`, left external, finds it.
// nodemailer reads its MIME type tables (76 KB) only to guess a type from a file name or an
// extension from a type; they load on first use, from mime-tables/ (nodemailer's CommonJS build of
// the same file), instead of in every cold start. Plain `exports.name =` assignments, so that Node
// finds the two named exports the bundle imports.

let table;

function load() {
  table ??= require('./mime-tables/nodemailer.cjs');
  return table;
}

exports.detectMimeType = (filename) => load().detectMimeType(filename);
exports.detectExtension = (mimeType) => load().detectExtension(mimeType);
