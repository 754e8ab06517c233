import { describe, expect, it } from 'vitest';
import { composeOperatorNotice } from '../../../lib/compose/operator-notice';
import { composeOperatorReminder } from '../../../lib/compose/reminder-email';
import { composeTargetReminder } from '../../../lib/compose/target-reminder';
import { targetOfKind } from '../../../lib/targets';
import { escalated, exampleDesk, meeting, received } from '../reports/policy-tickets';

// Notices and reminders name every target of the ticket, not only the contract's two deadlines.

const p1 = {
  from: 'it@acme.example.net',
  body: 'Impatto: alto\nUrgenza: alta\nIl modulo ordini restituisce un errore a tutti gli operatori del magazzino centrale.',
};
const notice = (to: readonly string[]) =>
  ({
    event: 'created',
    at: Date.parse('2026-11-23T10:00:00+01:00'),
    seed: 'ingest#1',
    sender: { name: null, verified: true },
    words: 'Il modulo ordini è fermo.',
    attachments: [],
    to,
  }) as const;
/** The lines of the targets' list of an email's text. */
const listed = (text: string, heading: string) => {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) return [];
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('- '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
};

describe('operator notices list every target of the ticket', () => {
  it("policy C: the TPC and the TI, each with its label, due time and 'promised'", async () => {
    const desk = exampleDesk('itil');
    const ticket = await received(desk, '2026-000001', p1, '2026-11-23T10:00');
    const { text } = composeOperatorNotice(desk, ticket, notice(['operators@example.com']));
    expect(listed(text, 'Obiettivi del ticket:')).toEqual([
      '- Presa in carico (TPC): lunedì 23 novembre 2026 alle 11:00 (Europe/Rome, UTC+1) (promesso al cliente)',
      '- Inizio intervento (TI): lunedì 23 novembre 2026 alle 14:00 (Europe/Rome, UTC+1) (promesso al cliente)',
    ]);
  });

  it('says which target is internal and when one was met', async () => {
    const desk = exampleDesk('itil', (file) => {
      const tiers = file.tiers as { contract: { targets: { intervention: Record<string, unknown> } } };
      tiers.contract.targets.intervention.promised = false;
    });
    const ticket = meeting(
      desk,
      await received(desk, '2026-000001', p1, '2026-11-23T10:00'),
      ['take-charge'],
      '2026-11-23T10:30',
    );
    const { text } = composeOperatorNotice(desk, ticket, notice(['operators@example.com']));
    expect(listed(text, 'Obiettivi del ticket:')).toEqual([
      '- Presa in carico (TPC): lunedì 23 novembre 2026 alle 11:00 (Europe/Rome, UTC+1) (promesso al cliente, raggiunto lunedì 23 novembre 2026 alle 10:30 (Europe/Rome, UTC+1))',
      '- Inizio intervento (TI): lunedì 23 novembre 2026 alle 14:00 (Europe/Rome, UTC+1) (interno)',
    ]);
  });

  it('policy E: the first level and the target of the team the ticket went to', async () => {
    const desk = exampleDesk('two-regions');
    const body =
      'Customer number: C-1042. Since this morning the export page gives a blank screen in Chrome.';
    const first = await received(
      desk,
      '2026-000001',
      { from: 'ugo@milano.example.net', body, screenshot: true },
      '2026-11-23T10:00',
    );
    const ticket = escalated(desk, first, 'legal', '2026-11-23T11:00');
    const { text } = composeOperatorNotice(desk, ticket, {
      ...notice(['legal@example.com']),
      event: 'escalated',
    });
    expect(listed(text, "The ticket's targets:")).toEqual([
      '- First-level answer: Monday 23 November 2026 at 14:00 (Europe/Rome, UTC+1) (promised to the customer)',
      '- Legal team answer: Monday 30 November 2026 at 11:00 (Europe/Rome, UTC+1) (promised to the customer)',
    ]);
  });

  it('names each deadline once: in the list when the ticket has targets, on its own line when not', async () => {
    const desk = exampleDesk('itil');
    const ticket = await received(desk, '2026-000001', p1, '2026-11-23T10:00');
    const withTargets = composeOperatorNotice(desk, ticket, notice(['operators@example.com'])).text;
    expect(withTargets.match(/lunedì 23 novembre 2026 alle 11:00/g)).toHaveLength(1);
    expect(withTargets).not.toContain('Presa in carico entro:');
    const { targets: _, ...before } = ticket;
    const stored = composeOperatorNotice(desk, before, notice(['operators@example.com'])).text;
    expect(stored).toContain('Presa in carico entro: lunedì 23 novembre 2026 alle 11:00');
    expect(stored).not.toContain('Obiettivi del ticket:');
  });
});

describe('operator reminders list every target of the ticket', () => {
  it("a named target's reminder and a contract kind's reminder both carry the list", async () => {
    const desk = exampleDesk('itil');
    const ticket = await received(desk, '2026-000001', p1, '2026-11-23T10:00');
    const intervention = ticket.targets?.find((t) => t.name === 'intervention');
    const guarded = targetOfKind('target-intervention-due');
    if (!intervention || !guarded) throw new Error('no intervention target');
    const reminders = [
      composeTargetReminder(desk, ticket, intervention, guarded, 'target-intervention-due'),
      composeOperatorReminder(desk, ticket, 'take-charge-due'),
    ];
    for (const { text } of reminders)
      expect(listed(text, 'Obiettivi del ticket:').map((l) => l.split(':')[0])).toEqual([
        '- Presa in carico (TPC)',
        '- Inizio intervento (TI)',
      ]);
  });
});
