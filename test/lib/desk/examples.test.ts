import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dryRunJson } from '../../../cli/commands/ingest';
import { type Desk, parseDesk } from '../../../lib/desk';
import { decide } from '../../../lib/intake';
import { type TestMail, testMail } from '../intake/mail-builder';

const examples = join(import.meta.dirname, '../../../examples/desks');

function example(name: string): Desk {
  return parseDesk(JSON.parse(readFileSync(join(examples, `${name}.json`), 'utf8')), `${name}.json`);
}

async function dryRun(desk: Desk, mail: TestMail, at: string): Promise<Record<string, unknown>> {
  return dryRunJson(desk, decide(await testMail(mail), desk, Date.parse(at)));
}

const complete =
  'Oggi alle 9:15 la pagina https://shop.example.net/carrello mostra un errore quando aggiungo un prodotto. Uso Firefox 128.';
const down =
  'Da stamattina alle 9:30 il sito https://shop.example.net è down per tutti i clienti, con Chrome e Firefox.';

describe('examples/desks', () => {
  it.each(['standard', 'afternoon', 'itil', 'split-shift', 'two-regions'])(
    '%s.json is a valid desk',
    (name) => {
      expect(example(name).name).toContain(name);
    },
  );

  it.each(['standard', 'afternoon', 'itil', 'split-shift'])(
    '%s.json writes to its operators in Italian, said in the file rather than left to the fallback',
    (name) => {
      const file = JSON.parse(readFileSync(join(examples, `${name}.json`), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(file.operatorLanguage).toBe('it');
      expect(example(name).operatorLanguage).toBe('it');
    },
  );

  // One calendar, one text: the desks and examples/calendars/ must not drift apart (they once
  // disagreed about Christmas in split-shift).
  it.each([
    ['standard', 'rome', 'standard'],
    ['afternoon', 'afternoons', 'afternoon'],
    ['itil', 'office', 'itil'],
    ['itil', 'datacenter', 'itil-data-center'],
    ['split-shift', 'rome', 'split-shift'],
    ['two-regions', 'europe', 'two-regions-rome'],
    ['two-regions', 'america', 'two-regions-chicago'],
  ])('%s.json calendar %s is examples/calendars/%s.json', (desk, id, file) => {
    const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));
    const { description: _, ...calendar } = read(join(examples, '../calendars', `${file}.json`));
    const { description: __, ...inDesk } = (
      read(join(examples, `${desk}.json`)).calendars as Record<string, Record<string, unknown>>
    )[id]!;
    expect(inDesk).toEqual(calendar);
  });
});

describe('policy A (standard.json)', () => {
  const desk = example('standard');

  it('takes a complete request in charge within 4 business hours of 09:00-18:00', async () => {
    const json = await dryRun(desk, { body: complete, screenshot: true }, '2026-11-23T16:00:00+01:00');
    expect(json).toMatchObject({
      status: 'open',
      blocking: false,
      deadlines: { takeCharge: '2026-11-24T11:00:00+01:00', resolution: '2026-11-25T14:00:00+01:00' },
    });
  });

  it('starts no clock for a request without the minimum elements', async () => {
    const json = await dryRun(desk, { body: 'Non va il sito.' }, '2026-11-23T16:00:00+01:00');
    expect(json).toMatchObject({
      status: 'awaiting-info',
      deadlines: { takeCharge: null, resolution: null },
    });
  });

  it('labels a whole-platform outage blocking, with no resolution time promised', async () => {
    const json = await dryRun(desk, { body: down, screenshot: true }, '2026-11-23T16:00:00+01:00');
    expect(json).toMatchObject({
      blocking: true,
      deadlines: { takeCharge: '2026-11-24T11:00:00+01:00', resolution: null },
    });
  });

  it('gives Premium customers the same times as Standard', async () => {
    const json = await dryRun(
      desk,
      { from: 'p@premium.example.net', body: complete, screenshot: true },
      '2026-11-23T16:00:00+01:00',
    );
    expect(json).toMatchObject({ tier: 'premium', deadlines: { takeCharge: '2026-11-24T11:00:00+01:00' } });
  });
});

describe('policy B (afternoon.json)', () => {
  const desk = example('afternoon');
  const urgent = { subject: 'URGENTE: sito fermo', body: down };

  it('flags URGENTE outside 15-18 as out of hours, best effort, and says when support reopens', async () => {
    const json = await dryRun(desk, urgent, '2026-11-23T10:00:00+01:00');
    expect(json).toMatchObject({
      urgent: true,
      outOfHours: true,
      bestEffort: true,
      deadlines: { takeCharge: null },
    });
    expect((json.acknowledgement as { text: string }).text).toContain(
      'lunedì 23 novembre 2026 alle 15:00 (Europe/Rome, UTC+1)',
    );
  });

  it('treats URGENTE on a holiday as out of hours', async () => {
    const json = await dryRun(desk, urgent, '2026-12-08T16:00:00+01:00');
    expect(json).toMatchObject({ outOfHours: true, bestEffort: true });
  });

  it('takes URGENTE within support hours in charge within 4 business hours', async () => {
    const json = await dryRun(desk, urgent, '2026-11-23T16:00:00+01:00');
    expect(json).toMatchObject({
      outOfHours: false,
      deadlines: { takeCharge: '2026-11-24T17:00:00+01:00', resolution: null },
    });
  });

  it('runs the deadlines on the cover calendar out of hours when the contract covers it, and says so', async () => {
    // Monday 10:00: the afternoon desk is closed; the cover (every day 08:00-22:00) is open.
    const json = await dryRun(desk, { ...urgent, from: 'it@h24.example.org' }, '2026-11-23T10:00:00+01:00');
    expect(json).toMatchObject({
      outOfHours: true,
      bestEffort: false,
      deadlines: { takeCharge: '2026-11-23T14:00:00+01:00' },
    });
    const text = (json.acknowledgement as { text: string }).text;
    expect(text).toContain('coperta dal servizio fuori orario del suo contratto');
    expect(text).not.toContain("L'assistenza riapre");
    // Saturday night: the cover opens at 08:00 on Sunday, a holiday or not.
    const night = await dryRun(desk, { ...urgent, from: 'it@h24.example.org' }, '2026-11-28T23:30:00+01:00');
    expect(night).toMatchObject({ deadlines: { takeCharge: '2026-11-29T12:00:00+01:00' } });
  });

  it('refuses a cover calendar the desk does not define, or a cover on a best-effort tier', () => {
    const file = JSON.parse(readFileSync(join(examples, 'afternoon.json'), 'utf8'));
    file.tiers['annual-out-of-hours'].outOfHoursCover = 'nowhere';
    expect(() => parseDesk(file, 'b.json')).toThrow(
      /tiers\.annual-out-of-hours\.outOfHoursCover.*unknown calendar "nowhere"/,
    );
    file.tiers['annual-out-of-hours'] = { ...file.tiers.annual, outOfHoursCover: 'out-of-hours-cover' };
    expect(() => parseDesk(file, 'b.json')).toThrow(/cannot be "best-effort"/);
  });

  it('requires the exact word URGENTE', async () => {
    const json = await dryRun(
      desk,
      { subject: 'URGENT: site down', body: down },
      '2026-11-23T16:00:00+01:00',
    );
    expect(json.urgent).toBe(false);
  });

  it('handles customers without an annual contract at service rates, with no times', async () => {
    const json = await dryRun(desk, { ...urgent, from: 'someone@example.org' }, '2026-11-23T16:00:00+01:00');
    expect(json).toMatchObject({
      tier: 'rates',
      bestEffort: true,
      deadlines: { takeCharge: null, resolution: null },
    });
  });
});

describe('policy C (itil.json)', () => {
  const desk = example('itil');
  const from = 'ops@acme.example.net';

  it.each([
    ['Impatto: alto\nUrgenza: alta', 'P1', '2026-11-23T11:00:00+01:00', '2026-11-23T14:00:00+01:00'],
    ['Impatto: alto\nUrgenza: bassa', 'P3', '2026-11-23T14:00:00+01:00', '2026-11-24T16:00:00+01:00'],
    ['Impatto: medio\nUrgenza: alta', 'P2', '2026-11-23T12:00:00+01:00', '2026-11-23T18:00:00+01:00'],
    ['Impatto: basso\nUrgenza: media', 'P4', '2026-11-23T18:00:00+01:00', '2026-11-27T10:00:00+01:00'],
  ])(
    'maps %j through the matrix to %s with its TPC and TI',
    async (levels, priority, takeCharge, resolution) => {
      const body = `${levels}\nIl modulo ordini restituisce un errore a tutti gli operatori del magazzino centrale.`;
      const json = await dryRun(desk, { from, body }, '2026-11-23T10:00:00+01:00');
      // TI is the latest start of work, not a resolution: it is the intervention target.
      expect(json).toMatchObject({
        priority,
        deadlines: { takeCharge, resolution: null },
        targets: { takeCharge: { due: takeCharge }, intervention: { due: resolution } },
      });
    },
  );

  it.each([
    ['without a contract', 'boss@prospect.example.net'],
    ['with a contract but no credits left', 'it@spent.example.net'],
    ['unknown to the desk', 'someone@example.org'],
  ])('handles a customer %s best effort, with no deadlines', async (_name, sender) => {
    const body = 'Il modulo ordini restituisce un errore a tutti gli operatori del magazzino centrale.';
    const json = await dryRun(desk, { from: sender, body }, '2026-11-23T10:00:00+01:00');
    expect(json).toMatchObject({
      bestEffort: true,
      deadlines: { takeCharge: null, resolution: null },
      reminders: [],
    });
  });

  it('counts data-center services on the calendar extended to 21:00', async () => {
    const body = 'Il backup notturno dei server virtuali si interrompe sempre a metà della copia dei dati.';
    const json = await dryRun(desk, { from: 'noc@hosting.example.net', body }, '2026-11-23T19:00:00+01:00');
    expect(json).toMatchObject({
      calendar: 'datacenter',
      priority: 'P3',
      deadlines: { takeCharge: '2026-11-24T10:00:00+01:00' },
    });
  });
});

describe('policy D (split-shift.json)', () => {
  const desk = example('split-shift');
  const body = `${complete} Da ieri.`;

  it.each([
    ['Impact: high\nUrgency: high', 'P1', '2026-11-23T11:00:00+01:00', '2026-11-24T10:00:00+01:00'],
    ['Impact: high\nUrgency: medium', 'P2', '2026-11-23T15:30:00+01:00', '2026-11-25T10:00:00+01:00'],
    ['Impact: medium\nUrgency: medium', 'P3', '2026-11-24T10:00:00+01:00', '2026-11-30T10:00:00+01:00'],
    // 30 business days: 22 up to the half day of 24 December, then 8 from 7 January.
    ['Impact: low\nUrgency: low', 'P4', '2026-11-25T10:00:00+01:00', '2027-01-18T10:00:00+01:00'],
  ])('applies the SLA table: %j is %s', async (levels, priority, takeCharge, resolution) => {
    const json = await dryRun(
      desk,
      { body: `${levels}\n${body}`, screenshot: true },
      '2026-11-23T10:00:00+01:00',
    );
    expect(json).toMatchObject({ priority, deadlines: { takeCharge, resolution } });
  });

  it('uses the half day of Christmas Eve, then skips the Christmas closure', async () => {
    // 1h30 on the 23rd, 4h on the morning of the 24th, the other 2h30 on 7 January.
    const json = await dryRun(desk, { body, screenshot: true }, '2026-12-23T17:00:00+01:00');
    expect(json).toMatchObject({ priority: 'P3', deadlines: { takeCharge: '2027-01-07T11:30:00+01:00' } });
  });

  it('announces the summer closure it is in and the day support reopens, in the customer language', async () => {
    const json = await dryRun(desk, { body, screenshot: true }, '2026-08-12T10:00:00+02:00');
    expect((json.acknowledgement as { text: string }).text).toContain(
      "L'assistenza è chiusa per la chiusura estiva fino a venerdì 28 agosto 2026 compreso e riapre lunedì 31 agosto 2026 alle 09:00",
    );
    const english =
      'Since this morning at 9:15 the page https://shop.example.net/cart shows an error when I add a product. I use Firefox.';
    const en = await dryRun(desk, { body: english, screenshot: true }, '2026-12-24T15:00:00+01:00');
    expect((en.acknowledgement as { text: string }).text).toContain(
      'Support is closed for the Christmas closure through Wednesday 6 January 2027 and reopens Thursday 7 January 2027 at 09:00',
    );
  });

  it('names no closure on an ordinary evening', async () => {
    const json = await dryRun(desk, { body, screenshot: true }, '2026-11-23T20:00:00+01:00');
    expect((json.acknowledgement as { text: string }).text).not.toMatch(/chiusa per|closed for/);
  });

  it('acknowledges at any hour, in the language the customer wrote in', async () => {
    const english =
      'Since this morning at 9:15 the page https://shop.example.net/cart shows an error when I add a product. I use Firefox.';
    const json = await dryRun(desk, { body: english, screenshot: true }, '2026-11-29T03:00:00+01:00');
    expect(json).toMatchObject({ language: 'en', acknowledgement: { language: 'en' } });
  });
});

describe('policy E (two-regions.json)', () => {
  const desk = example('two-regions');
  const body =
    'Customer number: C-1042. Since this morning the export page gives a blank screen in Chrome for every user.';

  it('gives a Chicago customer the America calendar, deadlines in Chicago time', async () => {
    const json = await dryRun(
      desk,
      { from: 'ann@chicago.example.net', body, screenshot: true },
      '2026-11-23T10:00:00-06:00',
    );
    expect(json).toMatchObject({
      calendar: 'america',
      // The first level's answer time; the second level's 8 h starts only once escalated.
      deadlines: { takeCharge: null, resolution: null },
      targets: { firstLevel: { due: '2026-11-23T14:00:00-06:00' } },
    });
    expect(Object.keys(json.targets as object)).toEqual(['firstLevel']);
    expect((json.acknowledgement as { text: string }).text).toContain('(America/Chicago, UTC-6)');
  });

  it('skips US holidays for the Chicago customer (Thanksgiving)', async () => {
    const json = await dryRun(
      desk,
      { from: 'ann@chicago.example.net', body, screenshot: true },
      '2026-11-25T15:00:00-06:00',
    );
    expect(json).toMatchObject({ targets: { firstLevel: { due: '2026-11-27T11:00:00-06:00' } } });
  });

  it('gives a Milan customer the Europe calendar', async () => {
    const json = await dryRun(
      desk,
      { from: 'ugo@milano.example.net', body, screenshot: true },
      '2026-11-23T10:00:00+01:00',
    );
    expect(json).toMatchObject({
      calendar: 'europe',
      targets: { firstLevel: { due: '2026-11-23T14:00:00+01:00' } },
    });
  });

  it('asks nothing at intake that only the second level needs: the clock starts at once', async () => {
    const json = await dryRun(
      desk,
      { from: 'ann@chicago.example.net', body: 'The export page is blank.' },
      '2026-11-23T10:00:00-06:00',
    );
    expect(json).toMatchObject({
      status: 'open',
      missingFields: [],
      targets: { firstLevel: { due: '2026-11-23T14:00:00-06:00' } },
    });
  });

  it('gives each second-level team (developers, network) its 8-hour target and legal its 5 days', () => {
    const targets = desk.tiers.get([...desk.tiers.keys()][0] ?? '')?.targets ?? [];
    expect(targets.filter((t) => t.team !== null).map((t) => [t.team, t.name])).toEqual([
      ['developers', 'secondLevel'],
      ['network', 'secondLevelNetwork'],
      ['legal', 'legal'],
    ]);
    const file = JSON.parse(readFileSync(join(examples, 'two-regions.json'), 'utf8'));
    const tier = Object.values(file.tiers)[0] as { targets: Record<string, { team?: string }> };
    tier.targets.legal = { ...tier.targets.legal, team: 'lawyers' };
    expect(() => parseDesk(file, 'e.json')).toThrow(/targets\.legal\.team.*unknown team "lawyers"/);
  });

  it('has the first level take new tickets, and the second level require what E says', () => {
    expect(desk.intakeTeam).toBe('first-level');
    expect([...desk.teams.keys()]).toEqual(['first-level', 'developers', 'network', 'legal']);
    const second = ['description', 'screenshot', 'browser', 'customerNumber'];
    expect(desk.teams.get('developers')?.requiredFields).toEqual(expect.arrayContaining(second));
    expect(desk.teams.get('network')?.requiredFields).toHaveLength(4);
    expect(desk.teams.get('network')?.requiredFields).toEqual(expect.arrayContaining(second));
    expect(desk.teams.get('legal')?.requiredFields).toEqual([]);
    expect(desk.requiredFields).toEqual([]);
  });
});
