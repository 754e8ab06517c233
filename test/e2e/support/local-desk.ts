import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { freePorts } from './free-ports';

/** The repository root: the desk and the CLI run from here, as after `npm ci`. */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** One email in aws-ses-v2-local's outbox (`GET /store`), the fields the tests read. */
export interface OutboxEmail {
  readonly messageId: string;
  readonly from: string;
  readonly destination: { readonly to: readonly string[] };
  readonly subject: string;
  readonly body: { readonly text?: string };
  readonly at: number;
}

/** What a CLI run printed and returned. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The local desk as a child process on free ports with its own data folder, talked to only
 * as a user would: SMTP, the SES outbox API, the CLI, and what it prints.
 */
export class LocalDesk {
  readonly lines: string[] = [];
  readonly errors: string[] = [];
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);

  private constructor(
    readonly env: Readonly<Record<string, string>>,
    readonly dataDir: string,
  ) {}

  /** Creates a desk on free ports with a fresh data folder (not started); `extra` may depend on that folder. */
  static async create(
    extra: Record<string, string> | ((dataDir: string) => Promise<Record<string, string>>) = {},
  ): Promise<LocalDesk> {
    const [smtp, ses, dynamo, s3, edge, scheduler] = await freePorts(6);
    const dataDir = await mkdtemp(join(tmpdir(), 'desk-e2e-'));
    const extraEnv = typeof extra === 'function' ? await extra(dataDir) : extra;
    const env = {
      SMTP_PORT: String(smtp),
      SES_PORT: String(ses),
      DYNAMODB_PORT: String(dynamo),
      S3_PORT: String(s3),
      EDGE_PORT: String(edge),
      SCHEDULER_PORT: String(scheduler),
      DATA_DIR: dataDir,
      ...extraEnv,
    };
    return new LocalDesk(env, dataDir);
  }

  /** The desk's process id while it runs. */
  get pid(): number | undefined {
    return this.child?.pid ?? undefined;
  }

  get smtpPort(): number {
    return Number(this.env.SMTP_PORT);
  }

  /** Starts `npm start`'s program and resolves once it printed `ready`; a desk that never gets ready is killed. */
  async start(): Promise<void> {
    await this.kill();
    const child = spawn(process.execPath, ['local/start.mjs'], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const from = this.lines.length;
    this.exited = new Promise((done) =>
      child.once('exit', (code) => {
        // A desk that exits by itself ends any wait for its lines at once.
        if (this.child === child) this.child = null;
        done(code);
      }),
    );
    createInterface({ input: child.stderr! }).on('line', (line) => this.errors.push(line));
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => this.lines.push(line));
    // A restarted desk prints its banner again: only a `ready` of this run counts.
    await this.waitFor((line, index) => index >= from && line.includes('ready'), 60_000, 'ready').catch(
      async (error: unknown) => {
        await this.kill();
        throw error;
      },
    );
  }

  /** Sends SIGTERM and resolves with the exit code and how long the stop took. */
  async stop(): Promise<{ code: number | null; ms: number }> {
    const started = performance.now();
    this.child?.kill('SIGTERM');
    const code = await this.exited;
    this.child = null;
    return { code, ms: performance.now() - started };
  }

  /** Stops the desk if it runs and deletes its data folder. */
  async dispose(): Promise<void> {
    await this.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGKILL');
    await this.exited;
    this.child = null;
  }

  /** Resolves with the first printed line (already printed or to come) that matches. */
  async waitFor(
    match: (line: string, index: number) => boolean,
    timeoutMs = 20_000,
    what = 'a line',
  ): Promise<string> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.lines.find(match);
      if (found !== undefined) return found;
      if (performance.now() > deadline || this.child === null) {
        throw new Error(
          `desk printed no ${what} in ${timeoutMs} ms; stdout:\n${this.lines.join('\n')}\nstderr:\n${this.errors.join('\n')}`,
        );
      }
      await new Promise((done) => setTimeout(done, 25));
    }
  }

  /** Resolves once at least `count` printed lines match. */
  async waitForCount(match: (line: string) => boolean, count: number, timeoutMs = 60_000): Promise<string[]> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.lines.filter(match);
      if (found.length >= count) return found;
      if (performance.now() > deadline)
        throw new Error(`only ${found.length} of ${count} lines after ${timeoutMs} ms`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** The desk's one AWS endpoint, as AWS_ENDPOINT_URL would name it. */
  get edgeEndpoint(): string {
    return `http://127.0.0.1:${this.env.EDGE_PORT}`;
  }

  /** The outbox copy of a sent email, as its "download .eml" link gives it. */
  async downloadedEml(messageId: string): Promise<string> {
    const url = `http://127.0.0.1:${this.env.SES_PORT}/get-emlContent?messageId=${encodeURIComponent(messageId)}`;
    const eml = (await (await fetch(url)).json()) as { body: { data: number[] } };
    return Buffer.from(eml.body.data).toString('utf8');
  }

  /** The SES outbox, as `GET /store` shows it; `since` (epoch seconds) keeps the emails sent from then on. */
  async outbox(since?: number): Promise<OutboxEmail[]> {
    const query = since === undefined ? '' : `?since=${Math.floor(since)}`;
    const response = await fetch(`http://127.0.0.1:${this.env.SES_PORT}/store${query}`);
    return ((await response.json()) as { emails: OutboxEmail[] }).emails;
  }

  /** Runs `support-desk <args>` against this desk (`extraEnv` on top of the desk's variables). */
  cli(args: readonly string[], extraEnv: Readonly<Record<string, string>> = {}): Promise<CliResult> {
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, ['bin/support-desk.mjs', ...args], {
        cwd: ROOT,
        env: { ...process.env, ...this.env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (chunk) => (stdout += chunk));
      child.stderr!.on('data', (chunk) => (stderr += chunk));
      child.once('error', fail);
      child.once('close', (code) => done({ code, stdout, stderr }));
    });
  }
}

/** Lines of stderr: every one reports something wrong, since the desk keeps stderr for problems. */
export function realProblems(stderr: readonly string[] | string): string[] {
  return typeof stderr === 'string' ? stderr.split('\n').filter((line) => line !== '') : [...stderr];
}
