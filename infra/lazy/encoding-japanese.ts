import { lazyModule } from './lazy-module';

// Stands in for encoding-japanese inside the Lambda bundles (BUNDLE.alias in ../bundling.ts):
// libmime requires it at import but calls it only for a Japanese charset iconv-lite lacks
// (ISO-2022-JP and its kin), and loading its conversion tables cost ~4 ms of every cold start.
// Loaded on first use. The path, not `encoding-japanese`, so that the alias does not lead back
// here; esbuild bundles the require.
export default lazyModule(() => require('../../node_modules/encoding-japanese/src/index.js') as object);
