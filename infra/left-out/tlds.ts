// Stands in for tlds inside the Lambda bundles (BUNDLE.alias in ../bundling.ts). mailparser loads
// the list of every top-level domain at import only to hand it to linkify-it, which is itself left
// out (linkify-it.ts beside this file accepts the list and ignores it): parsing the 14 KB list
// cost ~3 ms of every cold start for nothing.

/** No top-level domains: nothing in the bundles reads them. */
const noTopLevelDomains: readonly string[] = [];

export default noTopLevelDomains;
