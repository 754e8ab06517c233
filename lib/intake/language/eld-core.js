// eld's own static entries (eld/small, eld/large, ...) are this factory plus one database, but its
// exports give no way to load a database from outside the package: its dynamic `load()` imports
// by name from its own folder, which makes esbuild bundle all four databases (8.9 MB). So the
// desk builds its own static entry from the factory, reached by path (eld is pinned exactly, and
// test/lib/intake/language/eld-database.test.ts proves detection unchanged against eld/small).
export { createEld } from '../../../node_modules/eld/src/languageDetector.js';
