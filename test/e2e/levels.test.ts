import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DESK_FILE } from '../../lib/desk';
import { LocalDesk } from './support/local-desk';
import { Mailbox } from './support/mailbox';

const FIRST_LEVEL = 'operators@example.com';
const DEVELOPER = 'dev@example.com';
const CUSTOMER = 'giulia.neri@example.net';

/** The default desk with two levels and policy D's categories (two of them). */
const LEVELS_DESK = {
  ...DEFAULT_DESK_FILE,
  operatorAddresses: [FIRST_LEVEL, DEVELOPER],
  teams: {
    'first-level': { operators: [FIRST_LEVEL] },
    developers: { operators: [DEVELOPER] },
  },
  intakeTeam: 'first-level',
  categories: [{ id: 'bug', names: { it: 'Bug o malfunzionamento', en: 'Bug or malfunction' } }, 'help-desk'],
};

// Levels worked from the mailbox over real SMTP and the SES outbox: the first level waives what an
// incomplete request misses (the customer hears the clock runs), classifies it and hands it to the
// developers, who are told and take charge by answering their notice.
describe('levels on the local desk: waive, classify, escalate by email', { timeout: 120_000 }, () => {
  let desk: LocalDesk;
  let mail: Mailbox;
  let number: string;

  beforeAll(async () => {
    desk = await LocalDesk.create(async (dataDir) => {
      const config = join(dataDir, 'levels-desk.json');
      await writeFile(config, JSON.stringify(LEVELS_DESK));
      return { DESK_CONFIG_PATH: config };
    });
    mail = await Mailbox.open(desk, 'levels');
    await desk.start();
  });
  afterAll(async () => {
    await desk.dispose();
    await mail.dispose();
  });

  function fromOperator(operator: string, name: string, body: readonly string[]): Promise<void> {
    return mail.mailIn(name, [
      `From: <${operator}>`,
      'To: support@example.com',
      `Subject: Re: [#${number}] Problema con le fatture`,
      `Message-ID: <${name}@example.com>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      ...body,
    ]);
  }

  const emailsTo = (address: string) => mail.emailsTo(address);

  interface Shown {
    status: string;
    missingFields: string[];
    team: string | null;
    category: string | null;
    waived: Array<{ field: string; actor: string }>;
    deadlines: { takeCharge: string | null };
  }

  const ticket = () => mail.ticket<Shown>(number);

  it('keeps an incomplete request awaiting what it misses, with the first level', async () => {
    number = await mail.open('examples/mail/it-missing-fields.eml');
    const shown = await ticket();
    expect(shown).toMatchObject({
      status: 'awaiting-info',
      team: 'first-level',
      deadlines: { takeCharge: null },
    });
    expect(shown.missingFields.length).toBeGreaterThan(0);
    // The new ticket's notice goes to the first level only.
    expect(await emailsTo(DEVELOPER)).toEqual([]);
  });

  it('waives every missing field by email: the clock starts and the customer hears it', async () => {
    const { missingFields } = await ticket();
    const before = (await emailsTo(CUSTOMER)).length;
    await fromOperator(
      FIRST_LEVEL,
      'op-waive',
      missingFields.map((field) => `#deroga ${field}`),
    );
    const shown = await ticket();
    expect(shown.status).toBe('open');
    expect(shown.deadlines.takeCharge).not.toBeNull();
    expect(shown.waived.map((w) => [w.field, w.actor])).toEqual(missingFields.map((f) => [f, FIRST_LEVEL]));
    const told = (await emailsTo(CUSTOMER)).slice(before);
    expect(told).toHaveLength(1);
    expect(told[0]?.body.text).toContain('accettata dal nostro team anche senza alcune delle informazioni');
    expect(told[0]?.body.text).toContain('Presa in carico entro');
  });

  it('classifies and escalates in one email: the developers get the notice, the customer nothing', async () => {
    const customerBefore = (await emailsTo(CUSTOMER)).length;
    await fromOperator(FIRST_LEVEL, 'op-escalate', ['#categoria BUG', '#scala developers']);
    expect(await ticket()).toMatchObject({ team: 'developers', category: 'bug' });
    const notices = await emailsTo(DEVELOPER);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.subject).toContain(`[#${number}]`);
    expect(await emailsTo(CUSTOMER)).toHaveLength(customerBefore);
    const listed = await desk.cli(['tickets', 'list', '--team', 'developers', '--category', 'bug', '--json']);
    expect(listed.stderr).toBe('');
    expect((JSON.parse(listed.stdout) as Array<{ number: string }>).map((t) => t.number)).toEqual([number]);
  });

  it('lets the developer take charge by answering the notice; the customer is told', async () => {
    const before = (await emailsTo(CUSTOMER)).length;
    await fromOperator(DEVELOPER, 'dev-take', ['#presa', 'Stiamo analizzando le fatture esportate.']);
    expect((await ticket()).status).toBe('in-progress');
    const told = (await emailsTo(CUSTOMER)).slice(before);
    expect(told).toHaveLength(1);
    expect(told[0]?.body.text).toContain('Stiamo analizzando le fatture esportate.');
    expect(told[0]?.body.text).toContain('presa in carico');
  });
});
