import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/report';
import { DynamoCreditLedger } from '../../lib/aws/dynamo-credit-ledger';
import { parseDesk } from '../../lib/desk';
import type { ReportJson } from '../../lib/reports';
import { captured, servedLocalStack } from './support/local-stack';

// Policy C's desk (examples/desks/itil.json) in a real DynamoDB-compatible table, its credits
// consumed through the real ledger adapter: the report says what each contract has left.
const itilFile = readFileSync(join(import.meta.dirname, '../../examples/desks/itil.json'), 'utf8');
await servedLocalStack({
  deskJson: itilFile,
  source: 'itil.json',
  desk: parseDesk(JSON.parse(itilFile), 'itil.json'),
  seed: async (table) => {
    const ledger = new DynamoCreditLedger(table);
    for (const n of [1, 2, 3]) await ledger.consume('acme.example.net', `2026-00000${n}`, 12);
    // Hosting has 4: a fifth ticket finds none left.
    for (const n of [4, 5, 6, 7, 8]) await ledger.consume('hosting.example.net', `2026-00000${n}`, 4);
  },
});

function report(args: readonly string[]) {
  return captured(() => run([...args, '--at', '2026-11-24T10:00:00+01:00']));
}

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
