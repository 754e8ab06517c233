import { describe, expect, it } from 'vitest';
import { DynamoCreditLedger } from '../../../lib/aws/dynamo-credit-ledger';
import { tablePerTest } from '../../support/dynalite';

describe('DynamoCreditLedger against dynalite', () => {
  let ledger: DynamoCreditLedger;
  tablePerTest((t) => {
    ledger = new DynamoCreditLedger(t);
  });

  it('consumes one credit per ticket up to the allowance, then none', async () => {
    const uses = [];
    for (const n of [1, 2, 3]) uses.push(await ledger.consume('acme.example.net', `2026-00000${n}`, 2));
    expect(uses).toEqual([
      { consumed: true, used: 1 },
      { consumed: true, used: 2 },
      { consumed: false, used: 2 },
    ]);
    expect(await ledger.used('acme.example.net')).toBe(2);
    expect(await ledger.used('other.example.net')).toBe(0);
  });

  it('counts a retried ticket once, even when the allowance is reached since', async () => {
    expect(await ledger.consume('acme.example.net', '2026-000001', 1)).toEqual({ consumed: true, used: 1 });
    expect(await ledger.consume('acme.example.net', '2026-000001', 1)).toEqual({ consumed: true, used: 1 });
    expect(await ledger.consume('ACME.example.net', '2026-000001', 5)).toEqual({ consumed: true, used: 1 });
  });

  it('gives the last credit to exactly one of two concurrent tickets', async () => {
    await ledger.consume('acme.example.net', '2026-000001', 2);
    const uses = await Promise.all([
      ledger.consume('acme.example.net', '2026-000002', 2),
      ledger.consume('acme.example.net', '2026-000003', 2),
    ]);
    expect(uses.map((u) => u.consumed).sort()).toEqual([false, true]);
    expect(await ledger.used('acme.example.net')).toBe(2);
  });

  it('gives nothing from an allowance of 0', async () => {
    expect(await ledger.consume('spent.example.net', '2026-000001', 0)).toEqual({ consumed: false, used: 0 });
  });
});
