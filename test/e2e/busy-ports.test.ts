import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePorts } from './support/free-ports';
import { ROOT } from './support/local-desk';

const VARIABLES = ['DYNAMODB_PORT', 'SES_PORT', 'S3_PORT', 'EDGE_PORT', 'SMTP_PORT'] as const;

/** Runs `npm start`'s program to its exit; it must exit by itself (a busy port fails the start). */
function startUntilExit(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['local/start.mjs'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', fail);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr, stdout });
    });
  });
}

function hold(port: number): Promise<Server> {
  const server = createServer();
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

describe('the local desk on a taken port', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'desk-busy-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it.each(VARIABLES)('fails the start with one line that names %s', async (variable) => {
    const ports = await freePorts(VARIABLES.length);
    const env = Object.fromEntries(VARIABLES.map((name, i) => [name, String(ports[i])]));
    const taken = Number(env[variable]);
    const holder = await hold(taken);
    try {
      const run = await startUntilExit({ ...env, DATA_DIR: join(dataDir, variable) });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('ready');
      expect(run.stderr.trimEnd().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(
            `^support-desk local desk: .+ cannot listen on 127\\.0\\.0\\.1:${taken} \\(the port is in use\\); set ${variable} to a free port$`,
          ),
        ),
      ]);
    } finally {
      await new Promise((done) => holder.close(done));
    }
  });
});
