import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLE } from '../../../infra/bundling';

const root = join(import.meta.dirname, '../../..');

/** Every file esbuild bundles from a function's entry point, with the stack's settings. */
async function bundledInputs(entry = 'functions/ingest-email/index.ts'): Promise<string[]> {
  return Object.keys((await bundled(entry)).metafile.inputs);
}

/** The bundled code of a function's entry point, with the stack's settings. */
async function bundledCode(entry: string): Promise<string> {
  return (await bundled(entry)).outputFiles.map((file) => file.text).join('\n');
}

async function bundled(entry: string) {
  return build({
    entryPoints: [join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: BUNDLE.format,
    target: BUNDLE.target,
    mainFields: [...BUNDLE.mainFields],
    external: [...BUNDLE.external],
    logLevel: 'silent',
  });
}

// The SDK is external to the bundles (the runtime provides it), so any use of it, imported or
// required by name (lib/aws/sdk/load.ts), leaves its package name in the bundled code.
describe.each(['functions/ingest-email/index.ts', 'functions/send-reminder/index.ts'])(
  '%s',
  async (entry) => {
    const code = await bundledCode(entry);

    it('loads no AWS SDK package: its clients are signed by hand (lib/aws/aws-http-client.ts)', () => {
      expect(code.length).toBeGreaterThan(100_000);
      expect(code.match(/@aws-sdk\/[a-z0-9-]+/g) ?? []).toEqual([]);
    });
  },
);

describe("the ingest function's import graph", async () => {
  const inputs = await bundledInputs();
  const ours = inputs.filter((file) => !file.includes('node_modules/'));

  it('does not reach the S3 client (~20 ms of every cold start), not even through lib/aws/sdk', () => {
    expect(ours).toContain('functions/ingest-email/wiring.ts');
    expect(ours).toContain('lib/aws/s3-object-reader.ts');
    // SDK packages are loaded with require('<name>') (lib/aws/sdk/load.ts), invisible to esbuild: read the sources.
    const offenders = ours.filter((file) => /client-s3|sdk\/s3/.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('holds no module of the local desk', () => {
    expect(ours.filter((file) => file.startsWith('local/'))).toEqual([]);
  });

  it('bundles aws4, which the Lambda runtime does not provide', () => {
    // Paths are relative to the real node_modules (a symlink in a worktree).
    expect(inputs.filter((file) => file.endsWith('node_modules/aws4/aws4.js'))).toHaveLength(1);
  });
});

describe("the send-reminder function's import graph", async () => {
  const ours = (await bundledInputs('functions/send-reminder/index.ts')).filter(
    (file) => !file.includes('node_modules/'),
  );

  it('does not load the Scheduler client: the function schedules nothing', () => {
    expect(ours).toContain('lib/aws/reminder-ports.ts');
    const offenders = ours.filter((file) =>
      /client-scheduler'\)|sdk\/scheduler'/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('holds no module of the local desk', () => {
    expect(ours.filter((file) => file.startsWith('local/'))).toEqual([]);
  });
});
