import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDesk } from './support/local-desk';
import { Mailbox } from './support/mailbox';

const OPERATOR = 'operators@example.com';
const CUSTOMER = 'anna.bianchi@example.net';
const FORGED =
  'amazonses.com; spf=fail smtp.mailfrom=example.com; dkim=fail; dmarc=fail header.from=example.com';

// The conversation over real SMTP and the SES outbox: the customer writes, the operator answers
// by email with commands and by the CLI, and each side gets only what is theirs.
// Each step runs several CLI processes and SMTP sends: on a loaded 2-core machine one step can take
// well over the suite's default 30 s.
describe('operators and customers talk through the local desk', { timeout: 120_000 }, () => {
  let desk: LocalDesk;
  let mail: Mailbox;
  let number: string;

  beforeAll(async () => {
    desk = await LocalDesk.create();
    mail = await Mailbox.open(desk, 'conversation');
    await desk.start();
  });
  afterAll(async () => {
    await desk.dispose();
    await mail.dispose();
  });

  function fromOperator(
    name: string,
    body: readonly string[],
    headers: readonly string[] = [],
  ): Promise<void> {
    return mail.mailIn(name, [
      ...headers,
      `From: Mario <${OPERATOR}>`,
      'To: support@example.com',
      `Subject: Re: [#${number}] Errore`,
      `Message-ID: <${name}@example.com>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      ...body,
    ]);
  }

  const emailsTo = (address: string) => mail.emailsTo(address);

  interface Shown {
    status: string;
    deadlines: { resolution: string | null };
    pauses?: Array<{ from: string; to: string }>;
    history: Array<Record<string, unknown>>;
  }

  const ticket = () => mail.ticket<Shown>(number);

  it("opens the ticket from the customer's email", async () => {
    number = await mail.open('examples/mail/it-complete-request.eml');
  });

  it("takes charge by email: the customer gets the operator's text, never the quoted notice", async () => {
    const before = (await emailsTo(CUSTOMER)).length;
    await fromOperator('op-take', [
      '#take',
      'Buongiorno, abbiamo riprodotto il problema e ci stiamo lavorando.',
      '',
      'Mario',
      '',
      `Il giorno lun 23 nov 2026 Support <support@example.com> ha scritto:`,
      '> --- support-desk: internal, not sent to the customer ---',
      `> Cliente: ${CUSTOMER}, livello standard`,
      `> Operatori: ${OPERATOR}`,
    ]);
    const told = (await emailsTo(CUSTOMER)).slice(before);
    expect(told).toHaveLength(1);
    const text = told[0]?.body.text ?? '';
    expect(text).toContain('abbiamo riprodotto il problema');
    expect(text).toContain('presa in carico');
    expect(text).not.toContain(OPERATOR);
    expect(text).not.toContain('livello');
    expect(text).not.toContain('internal');
    expect(told[0]?.subject).toContain(`[#${number}]`);
    expect((await ticket()).status).toBe('in-progress');
  });

  it('changes nothing on a forged operator #close: nothing to the customer, the operators told', async () => {
    const before = (await emailsTo(CUSTOMER)).length;
    const operatorsBefore = (await emailsTo(OPERATOR)).length;
    await fromOperator('op-forged', ['#close'], [`Authentication-Results: ${FORGED}`]);
    expect((await ticket()).status).toBe('in-progress');
    expect(await emailsTo(CUSTOMER)).toHaveLength(before);
    const told = (await emailsTo(OPERATOR)).slice(operatorsBefore);
    expect(told.map((email) => email.subject)).toEqual([expect.stringContaining('rifiutata')]);
    const refused = (await ticket()).history.find(
      (entry) => entry.kind === 'operator-email' && String(entry.outcome).startsWith('refused'),
    );
    expect(refused).toBeDefined();
  });

  it('answers an unknown command to that operator only', async () => {
    const before = (await desk.outbox()).length;
    await fromOperator('op-unknown', ['#frobnicate', 'testo']);
    const after = (await desk.outbox()).slice(before);
    expect(after.map((email) => email.destination.to)).toEqual([[OPERATOR]]);
    expect(after[0]?.body.text).toContain('unknown command #frobnicate');
  });

  it('replies, notes and sends a new expected resolution from the CLI, each recorded with who did it', async () => {
    const before = (await emailsTo(CUSTOMER)).length;
    const log = join(mail.files, 'log.txt');
    await writeFile(log, 'cache cleared at 10:02\n');
    const as = ['--as', OPERATOR];
    const reply = await desk.cli([
      'tickets',
      'reply',
      number,
      '--text',
      'Le alleghiamo il log.',
      '--attach',
      log,
      ...as,
    ]);
    expect(reply.stderr).toBe('');
    expect(reply.stdout.trim()).toBe(`${number} in-progress, customer told`);
    const note = await desk.cli(['tickets', 'note', number, '--text', 'Cliente molto paziente.', ...as]);
    expect(note.stdout.trim()).toBe(`${number} in-progress`);
    const expected = await desk.cli(['tickets', 'expect', number, '2030-01-15T12:00:00Z', ...as]);
    expect(expected.stdout.trim()).toBe(`${number} in-progress, customer told`);
    const told = (await emailsTo(CUSTOMER)).slice(before);
    expect(told.map((email) => email.body.text ?? '')).toEqual([
      expect.stringContaining('Le alleghiamo il log.'),
      expect.stringContaining('15 gennaio 2030'),
    ]);
    expect(told.some((email) => (email.body.text ?? '').includes('paziente'))).toBe(false);
    const steps = (await ticket()).history.filter((entry) => entry.type === 'step');
    expect(steps.map((step) => [step.action, step.actor])).toEqual([
      ['take-charge', OPERATOR],
      ['reply', OPERATOR],
      ['note', OPERATOR],
      ['expect', OPERATOR],
    ]);
  });

  it("asks by email: the clocks pause, and the customer's answer moves the deadline by the pause", async () => {
    const before = (await emailsTo(CUSTOMER)).length;
    const deadline = Date.parse((await ticket()).deadlines.resolution ?? '');
    await fromOperator('op-ask', ['#chiedi', 'Quale versione del browser usa?']);
    const asked = (await emailsTo(CUSTOMER)).slice(before);
    expect(asked.map((email) => email.body.text ?? '')).toEqual([
      expect.stringContaining('Quale versione del browser usa?'),
    ]);
    await mail.mailIn('customer-answer', [
      `From: Anna Bianchi <${CUSTOMER}>`,
      'To: support@example.com',
      `Subject: Re: [#${number}] Errore`,
      'Message-ID: <answer-1@example.net>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Firefox 133.',
    ]);
    const resumed = await ticket();
    expect(resumed.status).toBe('in-progress');
    // Received by SMTP now: the pause is real time, counted only where the calendar is open.
    expect(Date.parse(resumed.deadlines.resolution ?? '')).toBeGreaterThanOrEqual(deadline);
    expect(resumed.history.some((entry) => entry.type === 'step' && entry.action === 'ask')).toBe(true);
    // One pause, from the question to the answer, closed.
    expect(resumed.pauses).toHaveLength(1);
    expect(resumed.pauses?.[0]?.to).not.toBe('open');
  });

  it('resolves by email with a text saying what was done, in one email to the customer', async () => {
    const before = (await emailsTo(CUSTOMER)).length;
    await fromOperator('op-resolve', [
      '#risolto',
      'Abbiamo corretto la configurazione del proxy.',
      '',
      '-- ',
      'Mario Rossi',
      'Tel. 02 1234567',
    ]);
    const told = (await emailsTo(CUSTOMER)).slice(before);
    expect(told).toHaveLength(1);
    expect(told[0]?.body.text).toContain('Abbiamo corretto la configurazione del proxy.');
    expect(told[0]?.body.text).toContain('è stata risolta');
    expect(told[0]?.body.text).not.toContain('1234567');
    expect((await ticket()).status).toBe('resolved');
  });
});
