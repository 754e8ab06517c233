import { createRequire } from 'node:module';

// The AWS SDK is CommonJS, and on Lambda the runtime's own copy is used (the bundles leave it
// external). An ES module that imports a CommonJS package makes Node run cjs-module-lexer over
// it and over every module it re-exports, to learn its export names, before any code runs: for
// the four clients of the ingest function that pass is ~100 ms of CPU in every cold start
// (nodejs/node#59913, Node 22 and 24 alike). require() loads the same modules without it.
const requireFromHere = createRequire(import.meta.url);

/** An AWS SDK client package, loaded with require; `Package` is its module type (`typeof import(...)`). */
export function loadSdk<Package>(name: string): Package {
  return requireFromHere(name) as Package;
}
