import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_FILE, DeskConfigError, parseDesk } from '../../../lib/desk';

const base = JSON.parse(JSON.stringify(DEFAULT_DESK_FILE)) as {
  tiers: { standard: Record<string, unknown> };
};

/** The default desk with a penalty clause on its tier and these customers. */
const deskWith = (contract: unknown, customers: unknown[] = []) => ({
  ...base,
  tiers: { standard: { ...base.tiers.standard, ...(contract === undefined ? {} : { contract }) } },
  customers,
});

function errorOf(input: unknown): string {
  try {
    parseDesk(input, 'desk.json');
  } catch (error) {
    if (error instanceof DeskConfigError) return error.message;
    throw error;
  }
  return 'no error';
}

describe('parseDesk: penalty clauses (policy C)', () => {
  it('has no clause on a tier that states none, and no value on its customers', () => {
    const desk = parseDesk(deskWith(undefined, [{ match: 'example.net', tier: 'standard' }]));
    expect(desk.tiers.get('standard')?.contract).toBeNull();
    expect(desk.customers[0]?.contractValue).toBeNull();
  });

  it('defaults the target to 90 % and the currency to EUR, and keeps the tier value null unless stated', () => {
    const desk = parseDesk(deskWith({ penalty: 0.1 }));
    expect(desk.tiers.get('standard')?.contract).toEqual({
      onTimeTarget: 0.9,
      penalty: 0.1,
      currency: 'EUR',
      value: null,
    });
  });

  it("reads a tier's value and a customer's own", () => {
    const desk = parseDesk(
      deskWith({ onTimeTarget: 0.95, penalty: 0.05, currency: 'USD', value: 5000 }, [
        { match: 'example.net', tier: 'standard', contractValue: 12000 },
      ]),
    );
    expect(desk.tiers.get('standard')?.contract).toMatchObject({ onTimeTarget: 0.95, value: 5000 });
    expect(desk.customers[0]?.contractValue).toBe(12000);
  });

  it.each([
    ['a penalty above 1', { penalty: 10 }, 'desk.json: tiers.standard.contract.penalty:'],
    ['no penalty', { onTimeTarget: 0.9 }, 'desk.json: tiers.standard.contract.penalty:'],
    ['a target of 0', { penalty: 0.1, onTimeTarget: 0 }, 'desk.json: tiers.standard.contract.onTimeTarget:'],
    [
      'a currency that is no code',
      { penalty: 0.1, currency: 'euro' },
      'desk.json: tiers.standard.contract.currency: expected an ISO 4217 code such as "EUR"',
    ],
    ['a negative value', { penalty: 0.1, value: -1 }, 'desk.json: tiers.standard.contract.value:'],
    ['an unknown key', { penalty: 0.1, fine: 3 }, 'desk.json: tiers.standard.contract.fine: unknown field'],
  ])('refuses %s, naming the field', (_, contract, message) => {
    expect(errorOf(deskWith(contract))).toContain(message);
  });

  it('refuses a customer value on a tier without a clause, which would count for nothing', () => {
    expect(
      errorOf(deskWith(undefined, [{ match: 'example.net', tier: 'standard', contractValue: 100 }])),
    ).toBe(
      'desk.json: customers[0].contractValue: tier "standard" states no penalty clause (tiers.standard.contract)',
    );
  });
});
