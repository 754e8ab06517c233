import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleLikeTheStack } from '../../../infra/bundle-locally';

/** A fixture bundled as the stack bundles its functions, and imported. */
export interface BundledFixture<T> {
  readonly module: T;
  /** Whether the bundle has required `path`, a file shipped beside it (Node's CommonJS module cache). */
  hasRequired(path: string): boolean;
}

/** Bundles test/infra/fixtures/`name` into `out` with the stack's settings and copies, then imports it. */
export async function importBundledFixture<T>(name: string, out: string): Promise<BundledFixture<T>> {
  const { file } = await bundleLikeTheStack(join(import.meta.dirname, '..', 'fixtures', name), out);
  const module = (await import(pathToFileURL(file).href)) as T;
  const cache = createRequire(file).cache;
  return { module, hasRequired: (path) => join(out, path) in cache };
}
