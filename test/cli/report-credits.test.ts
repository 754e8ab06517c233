import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/report';
import { putDeskConfig } from '../../lib/aws/desk-config-item';
import { DynamoCreditLedger } from '../../lib/aws/dynamo-credit-ledger';
import { parseDesk } from '../../lib/desk';
import type { ReportJson } from '../../lib/reports';
import { LOCAL_STACK_NAME } from '../../lib/stack-outputs';
import { startEdge } from '../../local/edge/edge-server';
import { LOCAL_STACK_ID, localStackOutputs } from '../../local/local-stack';
import { type LocalTable, startLocalTable } from '../support/dynalite';
import { closedPort } from '../support/no-desk';

// Policy C's desk (examples/desks/itil.json) in a real DynamoDB-compatible table, its credits
// consumed through the real ledger adapter: the report says what each contract has left.
const itilFile = readFileSync(join(import.meta.dirname, '../../examples/desks/itil.json'), 'utf8');
const table: LocalTable = await startLocalTable('support-desk-local');
await putDeskConfig(table, { json: itilFile, source: 'itil.json' });
const ledger = new DynamoCreditLedger(table);
for (const n of [1, 2, 3]) await ledger.consume('acme.example.net', `2026-00000${n}`, 12);
// Hosting has 4: a fifth ticket finds none left.
for (const n of [4, 5, 6, 7, 8]) await ledger.consume('hosting.example.net', `2026-00000${n}`, 4);
const unused = await closedPort();
const edge = await startEdge({
  port: 0,
  peers: { dynamoDb: Number(new URL(table.endpoint).port), ses: unused, s3: unused, scheduler: null },
  stack: {
    name: LOCAL_STACK_NAME,
    id: LOCAL_STACK_ID,
    createdAt: new Date(),
    outputs: localStackOutputs(parseDesk(JSON.parse(itilFile), 'itil.json')),
  },
});
afterAll(async () => {
  await edge.stop();
  await table.stop();
});

async function report(args: readonly string[]) {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const code = await run([...args, '--at', '2026-11-24T10:00:00+01:00']);
  vi.restoreAllMocks();
  return { code, out: out.join('') };
}

beforeEach(() => {
  vi.stubEnv('AWS_ENDPOINT_URL', undefined);
  vi.stubEnv('EDGE_PORT', String(edge.port));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('support-desk report on a desk that counts credits (policy C)', () => {
  it('gives each contract with an allowance its credits used and remaining, in the JSON', async () => {
    const { code, out } = await report(['--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as ReportJson).credits).toEqual([
      { customer: 'acme.example.net', name: 'ACME', allowance: 12, used: 3, remaining: 9 },
      {
        customer: 'hosting.example.net',
        name: 'Hosting (data-center services)',
        allowance: 4,
        used: 4,
        remaining: 0,
      },
      { customer: 'spent.example.net', name: 'Credits used up', allowance: 0, used: 0, remaining: 0 },
    ]);
  });

  it('lists them in the table for people', async () => {
    const lines = (await report([])).out.split('\n');
    const start = lines.findIndex((l) => l.startsWith('Credits'));
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 5).map((l) => l.split(/\s{2,}/))).toEqual([
      ['customer', 'allowance', 'used', 'remaining'],
      ['ACME <acme.example.net>', '12', '3', '9'],
      ['Hosting (data-center services) <hosting.example.net>', '4', '4', '0'],
      ['Credits used up <spent.example.net>', '0', '0', '0'],
    ]);
  });
});
