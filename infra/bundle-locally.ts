import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { esbuildOptions, nodejsBundling } from './bundling';

/** What bundleLikeTheStack wrote. */
export interface LocalBundle {
  /** The bundle's path, `<outDir>/index.mjs`. */
  readonly file: string;
  readonly metafile: Metafile;
}

/**
 * Builds `entry` into `outDir` with the esbuild settings of the functions and runs the stack's
 * after-bundling copies (decoding tables, desk file), so that the benchmark and the tests load
 * what `cdk deploy` ships without going through CDK.
 */
export async function bundleLikeTheStack(
  entry: string,
  outDir: string,
  deskFile?: string,
): Promise<LocalBundle> {
  const file = join(outDir, 'index.mjs');
  const { metafile } = await build({ ...esbuildOptions(entry, file, deskFile), metafile: true });
  for (const command of nodejsBundling(deskFile).commandHooks?.afterBundling(outDir, outDir) ?? []) {
    execSync(command);
  }
  return { file, metafile };
}
