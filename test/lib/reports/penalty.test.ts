import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_FILE, parseDesk } from '../../../lib/desk';
import type { ContractClause } from '../../../lib/desk/desk';
import { contractOf, penaltyOwed } from '../../../lib/reports/penalty';
import { type SlaReport, slaReport } from '../../../lib/reports/report';
import { CONTRACT_DESK, CONTRACT_TICKETS } from './contract-tickets';
import { AT, rome } from './tickets';

const POLICY_C: ContractClause = { onTimeTarget: 0.9, penalty: 0.1, currency: 'EUR', value: null };

describe('penaltyOwed (policy C: 90 % on time, else 10 % of the hours purchased)', () => {
  it.each([
    ['all on time', 1, 0],
    ['exactly the target: at least 90 % is met', 9 / 10, 0],
    ['27 of 30, the target again', 27 / 30, 0],
    ['just under the target', 0.8999, 1200],
    ['none on time', 0, 1200],
  ])('owes for %s', (_, ratio, owed) => {
    expect(penaltyOwed(ratio, POLICY_C, 12000)).toBe(owed);
  });

  it('owes nothing yet while no ticket is decided', () => {
    expect(penaltyOwed(null, POLICY_C, 12000)).toBeNull();
  });

  it('rounds to cents', () => {
    expect(penaltyOwed(0.5, { ...POLICY_C, penalty: 0.07 }, 1234.56)).toBe(86.42);
  });

  it('takes the share the clause states: a contract reading "five percent" writes 0.05', () => {
    expect(penaltyOwed(0.5, { ...POLICY_C, penalty: 0.05 }, 12000)).toBe(600);
  });

  it('judges against the clause target, whatever the report target', () => {
    expect(penaltyOwed(0.93, { ...POLICY_C, onTimeTarget: 0.95 }, 100)).toBe(10);
  });
});

describe('contractOf', () => {
  it("takes the customer's own value, else its tier's", () => {
    expect(contractOf(CONTRACT_DESK, 'acme.example.net')).toMatchObject({ tier: 'contract', value: 12000 });
    expect(contractOf(CONTRACT_DESK, 'beta.example.net')).toMatchObject({ tier: 'contract', value: 5000 });
  });

  it('has none for a tier without a clause, an unknown customer, or no contract', () => {
    expect(contractOf(CONTRACT_DESK, 'chicago.example.org')).toBeNull();
    expect(contractOf(CONTRACT_DESK, 'gone.example.net')).toBeNull();
    const noContract = parseDesk({
      ...DEFAULT_DESK_FILE,
      tiers: { standard: { ...DEFAULT_DESK_FILE.tiers.standard, contract: { penalty: 0.1, value: 100 } } },
      customers: [{ match: 'example.net', tier: 'standard', contract: false }],
    });
    expect(contractOf(noContract, 'example.net')).toBeNull();
  });

  it('has none when neither the customer nor the tier states a value', () => {
    const valueless = parseDesk({
      ...DEFAULT_DESK_FILE,
      tiers: { standard: { ...DEFAULT_DESK_FILE.tiers.standard, contract: { penalty: 0.1 } } },
      customers: [{ match: 'example.net', tier: 'standard' }],
    });
    expect(contractOf(valueless, 'example.net')).toBeNull();
  });
});

const report = (at = AT): SlaReport =>
  slaReport(CONTRACT_TICKETS, CONTRACT_DESK, { at, from: null, to: null, period: 'month', target: 0.5 });

/** A period's penalty lines as [customer, met, missed, pending, ratio, owed, provisional]. */
const penalties = (r: SlaReport, index = 0) =>
  r.periods[index]?.penalties.map((p) => [
    p.customer,
    p.row.compliant,
    p.row.missed,
    p.row.pending,
    p.row.ratio,
    p.owed,
    p.provisional,
  ]);

describe('slaReport penalties', () => {
  it("judges each customer with a contract value on its own tickets, against its clause's target", () => {
    expect(penalties(report())).toEqual([
      // 1 of 2 on time: under 90 %, 10 % of the 12000 ACME purchased.
      ['acme.example.net', 1, 1, 0, 0.5, 1200, false],
      ['beta.example.net', 1, 0, 0, 1, 0, false],
    ]);
    expect(report().periods[0]?.penalties[0]?.row).toMatchObject({ target: 0.9, targetMet: false });
  });

  it('is provisional while a deadline is ahead, and owes nothing while nothing is decided', () => {
    // 09:40: the first ticket is taken in charge and its resolution pending; the second's take-charge is not due.
    expect(penalties(report(rome('2026-10-05T09:40')))?.[0]).toEqual([
      'acme.example.net',
      0,
      0,
      2,
      null,
      null,
      true,
    ]);
    // 10:30: the second is late, the first still pending.
    expect(penalties(report(rome('2026-10-05T10:30')))?.[0]).toEqual([
      'acme.example.net',
      0,
      1,
      1,
      0,
      1200,
      true,
    ]);
  });

  it('has no lines in a period without tickets of such customers', () => {
    expect(report().periods.map((p) => p.period.label)).toEqual(['2026-10', '2026-11']);
    expect(penalties(report(), 1)).toEqual([]);
  });
});

describe('slaReport billable tickets', () => {
  it('lists the tickets marked billable by the report instant, per customer, best effort included', () => {
    expect(report().periods[0]?.billable).toEqual([
      { customer: 'acme.example.net', name: 'ACME', tickets: ['2026-000101', '2026-000102'] },
      { customer: 'mallory\u001b]0;owned\u0007@example.net', name: null, tickets: ['2026-000106'] },
      { customer: 'zoe@example.net', name: null, tickets: ['2026-000107'] },
    ]);
  });

  it('leaves out a mark made after the report instant', () => {
    expect(report(rome('2026-10-05T09:50')).periods[0]?.billable).toEqual([
      { customer: 'acme.example.net', name: 'ACME', tickets: ['2026-000101'] },
    ]);
  });
});
