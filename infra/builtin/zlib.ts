import { lazyModule } from '../lazy/lazy-module';

// node:zlib for the Lambda bundles, loaded on first use (README.md beside this file). Only
// nodemailer's URL fetcher imports it, to inflate a compressed download, which the desk never
// asks for; loading zlib cost ~4 ms of CPU in every cold start under Node 24. A default export
// only: a named import of node:zlib fails the build instead of loading zlib eagerly.
export default lazyModule(() => process.getBuiltinModule('node:zlib'));
