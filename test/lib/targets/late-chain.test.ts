import { describe, expect, it } from 'vitest';
import { composeTargetReminder } from '../../../lib/compose/target-reminder';
import { DeskConfigError } from '../../../lib/desk';
import type { AnyReminderKind } from '../../../lib/domain/vocabulary';
import { decide } from '../../../lib/intake';
import { lateChainOf, targetOfKind } from '../../../lib/targets';
import { testMail } from '../intake/mail-builder';
import { exampleDesk, received } from '../reports/policy-tickets';

// A target may have its own late chain, which replaces the desk's for that target (policy D's
// escalation when late: a duty lead for the take charge, the desk's lead and manager for the rest).

const complete =
  'Oggi alle 9:15 la pagina https://shop.example.net/carrello mostra un errore quando aggiungo un prodotto. Uso Firefox 128.';
type Targets = { takeCharge: Record<string, unknown> };
const withOwnChain = (chain: unknown) =>
  exampleDesk('split-shift', (file) => {
    const tiers = file.tiers as { standard: { targets: Targets } };
    tiers.standard.targets.takeCharge.lateChain = chain;
  });
const desk = withOwnChain([{ after: '2h', to: ['Duty@Example.com'] }]);
const ticket = () => received(desk, '2026-000001', { body: complete, screenshot: true }, '2026-11-23T10:00');

describe("a target's own late chain", () => {
  it("replaces the desk's for that target only", () => {
    const terms = {
      match: null,
      name: null,
      tier: 'standard',
      contract: false,
      credits: null,
      calendarId: 'office',
      bestEffort: false,
    };
    expect(lateChainOf(desk, terms, 'takeCharge').map((s) => s.to)).toEqual([['duty@example.com']]);
    expect(lateChainOf(desk, terms, 'resolution').map((s) => s.to)).toEqual([
      ['lead@example.com'],
      ['manager@example.com'],
    ]);
  });

  it('plans its steps after its due time, and the desk chain for the other targets', async () => {
    const decision = decide(
      await testMail({ body: complete, screenshot: true }),
      desk,
      Date.parse('2026-11-23T10:00:00+01:00'),
    );
    if (decision.outcome !== 'create') throw new Error('no ticket');
    const late = decision.plan.reminders
      .filter((r) => r.kind.includes('-late'))
      .map((r) => [r.kind, new Date(r.at).toISOString()]);
    expect(late).toEqual([
      // Take charge due Tuesday 10:00: its own single step 2 business hours later.
      ['target-takeCharge-late1', '2026-11-24T11:00:00.000Z'],
      // Resolution due Monday 30 10:00: the desk's lead 4 business hours later, its manager a business day later.
      ['target-resolution-late1', '2026-11-30T14:30:00.000Z'],
      ['target-resolution-late2', '2026-12-01T09:00:00.000Z'],
    ]);
  });

  it('an empty chain of its own leaves the target without late steps', () => {
    const none = withOwnChain([]);
    const terms = {
      match: null,
      name: null,
      tier: 'standard',
      contract: false,
      credits: null,
      calendarId: 'office',
      bestEffort: false,
    };
    expect(lateChainOf(none, terms, 'takeCharge')).toEqual([]);
    expect(lateChainOf(none, terms, 'resolution')).toHaveLength(2);
  });
});

describe('a desk file with a bad late chain on a target', () => {
  it('is refused in one line naming the field', () => {
    const many = Array.from({ length: 10 }, () => ({ after: '1h', to: ['lead@example.com'] }));
    for (const chain of [many, [{ after: '1h', to: ['not an address'] }], [{ after: '1h', to: [] }]]) {
      expect(() => withOwnChain(chain)).toThrow(DeskConfigError);
      try {
        withOwnChain(chain);
      } catch (error) {
        expect((error as Error).message).toMatch(/tiers\.standard\.targets\.takeCharge\.lateChain/);
        expect((error as Error).message.split('\n')).toHaveLength(1);
      }
    }
  });
});

describe("a late step's reminder", () => {
  it("goes to the target's own chain, or the desk's for a target without one", async () => {
    const t = await ticket();
    const state = (name: string) => {
      const s = t.targets?.find((x) => x.name === name);
      if (!s) throw new Error(`no target ${name}`);
      return s;
    };
    const late = (name: string, kind: AnyReminderKind) => {
      const guarded = targetOfKind(kind);
      if (!guarded) throw new Error(`no kind ${kind}`);
      return composeTargetReminder(desk, t, state(name), guarded, kind).to;
    };
    expect(late('takeCharge', 'target-takeCharge-late1')).toEqual(['duty@example.com']);
    expect(late('resolution', 'target-resolution-late2')).toEqual(['manager@example.com']);
  });
});
