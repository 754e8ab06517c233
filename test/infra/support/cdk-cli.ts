import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_ENTRIES } from '../../../infra/functions';
import { fixtureEntries, repoRoot } from './desk-app';

const run = promisify(execFile);

/** What a finished command printed and how it exited. */
export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A scratch directory for `cdk synth` output. It links the project's node_modules so that the
 * bundles' external imports (@aws-sdk/*) resolve when a test loads them, and holds a CDK home
 * whose notices cache is fresh, so that the CLI never fetches notices from the network.
 */
export function scratchDir(): { dir: string; cdkHome: string } {
  const dir = mkdtempSync(join(tmpdir(), 'support-desk-synth-'));
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const cdkHome = join(dir, 'cdk-home');
  mkdirSync(join(cdkHome, 'cache'), { recursive: true });
  writeFileSync(join(cdkHome, 'cache', 'notices.json'), JSON.stringify({ expiration: 8.64e15, notices: [] }));
  return { dir, cdkHome };
}

/**
 * `-c` arguments pointing the functions at the test fixtures while issue-4's handlers have not
 * landed on this branch; none once they exist, so that synthesis bundles the real handlers.
 */
export function entryContextArgs(): string[] {
  const real = [DEFAULT_ENTRIES.ingest, DEFAULT_ENTRIES.sendReminder].every((e) =>
    existsSync(join(repoRoot, e)),
  );
  if (real) return [];
  return [
    '-c',
    `ingestEntry=${fixtureEntries.ingestEntry}`,
    '-c',
    `reminderEntry=${fixtureEntries.reminderEntry}`,
  ];
}

/** Runs `npx cdk <args>` in the project, offline (no notices, no instance metadata), and never throws. */
export async function cdk(args: readonly string[], cdkHome: string): Promise<CommandResult> {
  const env = { ...process.env, CDK_HOME: cdkHome, AWS_EC2_METADATA_DISABLED: 'true', CI: 'true' };
  try {
    const { stdout, stderr } = await run('npx', ['cdk', ...args, '--no-notices'], {
      cwd: repoRoot,
      env,
      timeout: 110_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    };
  }
}

/** Imports an ES module bundle in a fresh Node process and reports the type of its `handler` export. */
export async function handlerTypeOf(bundle: string): Promise<string> {
  const script = `const m = await import(${JSON.stringify(bundle)}); process.stdout.write(typeof m.handler);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { timeout: 30_000 });
  return stdout;
}
