import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { putDeskConfig } from '../../../lib/aws/desk-config-item';
import type { Desk } from '../../../lib/desk';
import { LOCAL_STACK_NAME } from '../../../lib/stack-outputs';
import { startEdge } from '../../../local/edge/edge-server';
import { LOCAL_STACK_ID, localStackOutputs } from '../../../local/local-stack';
import { type LocalTable, startLocalTable } from '../../support/dynalite';
import { closedPort } from '../../support/no-desk';

/** What a CLI test works against: the local desk's table behind its real edge endpoint. */
export interface LocalStack {
  readonly table: LocalTable;
  /** The edge's endpoint, as AWS_ENDPOINT_URL would name it. */
  readonly edgeEndpoint: string;
}

/**
 * The local desk's table (dynalite, through the real adapters) holding a desk configuration, seeded
 * by `seed`, behind the local desk's real edge endpoint, which the CLI finds as it finds a running
 * `npm start`: by EDGE_PORT alone, as the stack `local`. Each test runs with EDGE_PORT pointing at
 * it and no AWS_ENDPOINT_URL; everything stops after the file. `ses`: the SES peer's port, where a
 * test reads the outbox (none: a closed port).
 */
export async function servedLocalStack(options: {
  readonly deskJson: string;
  readonly source: string;
  readonly desk: Desk;
  readonly seed?: (table: LocalTable) => Promise<void>;
  readonly ses?: number;
  readonly env?: Readonly<Record<string, string>>;
}): Promise<LocalStack> {
  const table = await startLocalTable('support-desk-local');
  await options.seed?.(table);
  await putDeskConfig(table, { json: options.deskJson, source: options.source });
  const unused = await closedPort();
  const ses = options.ses ?? unused;
  const edge = await startEdge({
    port: 0,
    peers: {
      dynamoDb: Number(new URL(table.endpoint).port),
      ses,
      s3: options.ses ?? unused,
      scheduler: null,
    },
    stack: {
      name: LOCAL_STACK_NAME,
      id: LOCAL_STACK_ID,
      createdAt: new Date(),
      outputs: localStackOutputs(options.desk),
    },
  });
  afterAll(async () => {
    await edge.stop();
    await table.stop();
  });
  beforeEach(() => {
    vi.stubEnv('AWS_ENDPOINT_URL', undefined);
    for (const [name, value] of Object.entries(options.env ?? {})) vi.stubEnv(name, value);
    vi.stubEnv('EDGE_PORT', String(edge.port));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });
  return { table, edgeEndpoint: edge.endpoint };
}

/** Runs a command in process: its exit code and what it wrote to stdout and stderr. */
export async function captured(
  command: () => Promise<number>,
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    const code = await command();
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}
