import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dryRunJson } from '../../cli/commands/ingest';
import { parseCalendar } from '../../lib/calendar';
import { type Desk, parseDesk } from '../../lib/desk';
import { decide } from '../../lib/intake';
import { escalatedTargets } from '../../lib/tickets/steps/targets';
import { type TestMail, testMail } from '../lib/intake/mail-builder';
import { aTicket } from '../lib/tickets/fixtures';

// One test per policy (shared spec POLICIES.md A-E): the example desk's acknowledgement promises
// exactly the policy's targets, with its numbers and its own words, and nothing else.

const examples = join(import.meta.dirname, '../../examples/desks');
const example = (name: string): Desk =>
  parseDesk(JSON.parse(readFileSync(join(examples, `${name}.json`), 'utf8')), `${name}.json`);

async function ack(
  desk: Desk,
  mail: TestMail,
  at: string,
): Promise<{ json: Record<string, unknown>; lines: string[] }> {
  const json = dryRunJson(desk, decide(await testMail(mail), desk, Date.parse(at)));
  const text = (json.acknowledgement as { text: string }).text;
  // The promise lines: those that end on a due time (a weekday and its zone).
  return { json, lines: text.split('\n').filter((l) => /entro|by:/.test(l) && /UTC[+-]\d/.test(l)) };
}

const complete =
  'Oggi alle 9:15 la pagina https://shop.example.net/carrello mostra un errore quando aggiungo un prodotto. Uso Firefox 128.';
const down =
  'Da stamattina alle 9:30 il sito https://shop.example.net è down per tutti i clienti, con Chrome e Firefox.';

describe('policy A (standard.json): take charge 4 business hours; non-blocking processed within 16', () => {
  it('promises both to a non-blocking request and only the take charge to a blocking one', async () => {
    const desk = example('standard');
    const at = '2026-11-23T16:00:00+01:00';
    const partial = await ack(desk, { body: complete, screenshot: true }, at);
    expect(partial.lines).toEqual([
      'Presa in carico entro: martedì 24 novembre 2026 alle 11:00 (Europe/Rome, UTC+1).',
      'Richiesta non bloccante processata entro: mercoledì 25 novembre 2026 alle 14:00 (Europe/Rome, UTC+1).',
    ]);
    const blocking = await ack(desk, { body: down, screenshot: true }, at);
    expect(blocking.json.blocking).toBe(true);
    expect(blocking.lines).toEqual([
      'Presa in carico entro: martedì 24 novembre 2026 alle 11:00 (Europe/Rome, UTC+1).',
    ]);
  });
});

describe('policy B (afternoon.json): take charge 4 business hours, resolution only once an operator gives it', () => {
  it('promises the take charge and no resolution', async () => {
    const { json, lines } = await ack(
      example('afternoon'),
      { subject: 'URGENTE: sito fermo', body: down },
      '2026-11-23T16:00:00+01:00',
    );
    expect(lines).toEqual([
      'Presa in carico entro: martedì 24 novembre 2026 alle 17:00 (Europe/Rome, UTC+1).',
    ]);
    expect(json.deadlines).toEqual({ takeCharge: '2026-11-24T17:00:00+01:00', resolution: null });
  });
});

describe('policy C (itil.json): TPC and TI per priority, never a resolution', () => {
  it('promises a P1 its TPC of 1 h and its TI of 4 h, and never "Risoluzione prevista"', async () => {
    const body =
      'Impatto: alto\nUrgenza: alta\nIl modulo ordini restituisce un errore a tutti gli operatori del magazzino centrale.';
    const { json, lines } = await ack(
      example('itil'),
      { from: 'it@acme.example.net', body },
      '2026-11-23T10:00:00+01:00',
    );
    expect(lines).toEqual([
      'Tempo di presa in carico (TPC) entro: lunedì 23 novembre 2026 alle 11:00 (Europe/Rome, UTC+1).',
      'Tempo di intervento (TI), inizio della lavorazione entro: lunedì 23 novembre 2026 alle 14:00 (Europe/Rome, UTC+1).',
    ]);
    expect((json.acknowledgement as { text: string }).text).not.toContain('Risoluzione');
    expect((json.reminders as { kind: string }[]).map((r) => r.kind)).toEqual([
      'take-charge-warning',
      'take-charge-due',
      'target-intervention-warning',
      'target-intervention-due',
    ]);
  });
});

describe('policy D (split-shift.json): take charge and resolution per priority, late steps escalated', () => {
  it('promises a P3 8 business hours and 5 business days, and plans the late chain after each due time', async () => {
    const { json, lines } = await ack(
      example('split-shift'),
      { body: complete, screenshot: true },
      '2026-11-23T10:00:00+01:00',
    );
    expect(json.priority).toBe('P3');
    expect(lines).toEqual([
      'Presa in carico entro: martedì 24 novembre 2026 alle 10:00 (Europe/Rome, UTC+1).',
      'Risoluzione entro: lunedì 30 novembre 2026 alle 10:00 (Europe/Rome, UTC+1).',
    ]);
    const reminders = json.reminders as { at: string; kind: string }[];
    // 4 business hours after the take-charge due time to the lead, one business day to the manager.
    expect(reminders).toContainEqual({ at: '2026-11-24T15:30:00+01:00', kind: 'target-takeCharge-late1' });
    expect(reminders).toContainEqual({ at: '2026-11-25T10:00:00+01:00', kind: 'target-takeCharge-late2' });
    expect(reminders.filter((r) => r.kind.startsWith('target-resolution-late'))).toHaveLength(2);
  });
});

describe('policy E (two-regions.json): first level 4 h; second level 8 h once escalated; legal 5 days', () => {
  const desk = example('two-regions');
  const body =
    'Customer number: C-1042. Since this morning the export page gives a blank screen in Chrome for every user.';

  it('promises only the first-level answer at intake, never an expected resolution', async () => {
    const { json, lines } = await ack(
      desk,
      { from: 'ugo@milano.example.net', body, screenshot: true },
      '2026-11-23T10:00:00+01:00',
    );
    expect(json.language).toBe('en');
    expect(lines).toEqual(['First-level answer by: Monday 23 November 2026 at 14:00 (Europe/Rome, UTC+1).']);
    expect((json.acknowledgement as { text: string }).text).not.toContain('resolution');
  });

  it("starts the second level's 8 business hours at the escalation to it, and legal's 5 days at its own", () => {
    const rome = (local: string) => Date.parse(`${local}:00+01:00`);
    const europe = JSON.parse(readFileSync(join(examples, 'two-regions.json'), 'utf8')).calendars.europe;
    const calendar = parseCalendar(europe, 'europe');
    const ticket = aTicket({
      terms: {
        match: 'milano.example.net',
        name: null,
        tier: 'standard',
        contract: true,
        credits: null,
        calendarId: 'europe',
        bestEffort: false,
      },
      calendarId: 'europe',
      clockStart: rome('2026-11-23T10:00'),
      targets: [],
      escalations: [
        { team: 'developers', at: rome('2026-11-23T15:00'), actor: 'first-level@example.com' },
        { team: 'legal', at: rome('2026-11-24T09:00'), actor: 'first-level@example.com' },
      ],
    });
    const started = escalatedTargets(desk, calendar, ticket).targets ?? [];
    const byName = Object.fromEntries(started.map((t) => [t.name, t]));
    expect(byName.secondLevel).toMatchObject({
      team: 'developers',
      start: rome('2026-11-23T15:00'),
      due: rome('2026-11-24T14:00'),
      promised: true,
    });
    expect(byName.legal).toMatchObject({ team: 'legal', due: rome('2026-12-01T09:00') });
    // The network team is second level too, but this ticket never went to it.
    expect(byName.secondLevelNetwork).toBeUndefined();
  });
});
