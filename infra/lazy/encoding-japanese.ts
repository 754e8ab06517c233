import { lazyModule } from './lazy-module';

// Stands in for encoding-japanese inside the Lambda bundles (BUNDLE.alias in ../bundling.ts):
// libmime requires it at import but calls it only for a Japanese charset iconv-lite lacks
// (ISO-2022-JP and its kin), and loading its conversion tables cost ~4 ms of every cold start.
// Loaded on first use, and not in the bundle: this require stays external (FILES_BESIDE_BUNDLE in
// ../bundling.ts) and finds the package's own single-file build, shipped beside the bundle, so
// that a cold start does not even parse its 87 KB.
export default lazyModule(() => require('./lazy-modules/encoding-japanese.cjs') as object);
