// he ships no type declarations; its API as infra/lazy/he.ts, which stands in for it in the bundles, describes it.
declare module 'he' {
  import type { He } from '../../infra/lazy/he';

  const he: He;
  export default he;
}
