import { describe, expect, it } from 'vitest';
import { INTERNAL_MARKER } from '../../../../lib/compose/internal-marker';
import { REFUSALS_TOLD } from '../../../../lib/tickets/operator-mail/apply';
import { HOUR, MONDAY_10, OPERATOR } from '../fixtures';
import { type Harness, withTicket } from '../harness';

const LATER = MONDAY_10 + 2 * HOUR;
const NUMBER = '2026-000001';
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

interface OperatorParts {
  readonly body: string;
  readonly from?: string;
  readonly messageId?: string;
  readonly subject?: string;
  readonly inReplyTo?: string;
  readonly authResults?: string;
  readonly file?: boolean;
}

/** An operator's answer to the desk, as their mail client writes it. */
function operatorEmail(p: OperatorParts): string {
  const headers = [
    ...(p.authResults ? [`Authentication-Results: ${p.authResults}`] : []),
    `From: Mario Operator <${p.from ?? OPERATOR}>`,
    'To: support@example.com',
    `Subject: ${p.subject ?? `Re: [#${NUMBER}] Errore nella pagina di login`}`,
    'Date: Mon, 23 Nov 2026 12:00:00 +0100',
    `Message-ID: <${p.messageId ?? 'op-1@example.com'}>`,
    ...(p.inReplyTo ? [`In-Reply-To: <${p.inReplyTo}>`] : []),
    'MIME-Version: 1.0',
  ];
  if (!p.file) return [...headers, 'Content-Type: text/plain; charset=utf-8', '', p.body, ''].join('\r\n');
  return [
    ...headers,
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    p.body,
    '--b1',
    'Content-Type: image/png; name="fix.png"',
    'Content-Disposition: attachment; filename="fix.png"',
    'Content-Transfer-Encoding: base64',
    '',
    PNG,
    '--b1--',
    '',
  ].join('\r\n');
}

/** The notice the operator answers, quoted the way mail clients quote. */
const QUOTED_NOTICE = [
  '',
  'Il giorno lun 23 nov 2026 alle 10:01 Support <support@example.com> ha scritto:',
  `> ${INTERNAL_MARKER}`,
  '> Cliente: anna@example.net, livello standard',
  '> Operatori: operators@example.com',
].join('\n');

async function answer(desk: Harness, parts: OperatorParts, sesId = 'ses-op-1') {
  return desk.receive(sesId, operatorEmail(parts), LATER);
}

const FORGED =
  'amazonses.com; spf=fail smtp.mailfrom=example.com; dkim=fail header.d=example.com; dmarc=fail';

describe('an operator email', () => {
  it('takes charge with #take and sends the customer the text only: no quoted notice, no operator, no tier', async () => {
    const desk = await withTicket();
    const result = await answer(desk, { body: `#take\nAbbiamo individuato il problema.\n${QUOTED_NOTICE}` });
    expect(result).toMatchObject({ outcome: 'reply', ticket: NUMBER, change: 'operator-acted' });
    const ticket = await desk.tickets.get(NUMBER);
    expect(ticket).toMatchObject({ status: 'in-progress', takenInChargeAt: LATER });
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['anna@example.net']]);
    const body = await desk.mail.body(0);
    expect(body).toContain('Abbiamo individuato il problema.');
    expect(body).toContain('presa in carico');
    expect(body).not.toContain('support-desk');
    expect(body).not.toContain('operators@example.com');
    expect(body).not.toContain('standard');
    expect(desk.mail.texts()[0]).toMatch(/^In-Reply-To: <req-1@mail\.example\.net>$/m);
    expect(desk.mail.texts()[0]).toMatch(/^From: support@example\.com$/m);
    const steps = await desk.messages.steps(NUMBER);
    expect(steps.map((s) => [s.action, s.actor])).toEqual([['take-charge', OPERATOR]]);
    const logged = (await desk.messages.history(NUMBER)).find((m) => m.kind === 'operator-email');
    expect(logged).toMatchObject({ from: OPERATOR, outcome: 'took in charge, with the text' });
  });

  it('is a reply to the customer when it has no command, and the first reply takes the ticket in charge', async () => {
    const desk = await withTicket();
    await answer(desk, { body: 'Gentile Anna, ci stiamo lavorando.' });
    expect((await desk.tickets.get(NUMBER))?.status).toBe('in-progress');
    await answer(desk, { body: 'Ancora qualche minuto.', messageId: 'op-2@example.com' }, 'ses-op-2');
    expect(desk.mail.sent).toHaveLength(2);
    expect(await desk.mail.body(1)).toContain('Ancora qualche minuto.');
    expect(await desk.mail.body(1)).not.toContain('presa in carico');
    const steps = await desk.messages.steps(NUMBER);
    expect(steps.map((s) => s.action)).toEqual(['take-charge', 'reply']);
  });

  it('finds its ticket by In-Reply-To to a desk email when the subject has no token', async () => {
    const desk = await withTicket({}, undefined);
    const ack = (await desk.messages.history(NUMBER)).find((m) => m.kind === 'acknowledgement');
    const ackId = ack?.messageIds[0] ?? '';
    await answer(desk, { body: '#resolve\nRisolto.', subject: 'Re: il suo problema', inReplyTo: ackId });
    expect((await desk.tickets.get(NUMBER))?.status).toBe('resolved');
  });

  it("resolves with #resolve and says what was done in the same email, with the operator's file", async () => {
    const desk = await withTicket({ status: 'in-progress', takenInChargeAt: MONDAY_10 + HOUR });
    await answer(desk, { body: '#risolto\nAbbiamo svuotato la cache.', file: true });
    expect((await desk.tickets.get(NUMBER))?.status).toBe('resolved');
    expect(desk.mail.sent).toHaveLength(1);
    const body = await desk.mail.body(0);
    expect(body).toContain('Abbiamo svuotato la cache.');
    expect(body).toContain('è stata risolta');
    expect(desk.mail.texts()[0]).toContain('filename=fix.png');
  });

  it('changes nothing when forged: nothing to the customer, kept as refused, the operators told', async () => {
    const desk = await withTicket();
    const result = await answer(desk, { body: '#close', authResults: FORGED });
    expect(result).toMatchObject({ change: 'operator-refused' });
    const ticket = await desk.tickets.get(NUMBER);
    expect(ticket?.status).toBe('open');
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['operators@example.com']]);
    expect(await desk.mail.body(0)).toContain('SPF fail, DKIM fail, DMARC fail');
    const logged = (await desk.messages.history(NUMBER)).find((m) => m.kind === 'operator-email');
    expect(logged?.outcome).toBe('refused: sender not authenticated (SPF fail, DKIM fail, DMARC fail)');
    expect(await desk.messages.steps(NUMBER)).toEqual([]);
  });

  it('is acted on when DKIM passes even if SPF fails, and refused on SPF pass with DMARC failing', async () => {
    const desk = await withTicket();
    await answer(desk, { body: '#note\nok', authResults: 'amazonses.com; spf=fail; dkim=pass; dmarc=none' });
    expect((await desk.messages.steps(NUMBER)).map((s) => s.action)).toEqual(['note']);
    await answer(
      desk,
      {
        body: '#close',
        messageId: 'op-2@example.com',
        authResults: 'amazonses.com; spf=pass; dkim=none; dmarc=fail',
      },
      'ses-op-2',
    );
    expect((await desk.tickets.get(NUMBER))?.status).toBe('open');
  });

  it('answers an unknown command to that operator only, changing nothing', async () => {
    const desk = await withTicket();
    const result = await answer(desk, { body: '#frobnicate\nciao' });
    expect(result).toMatchObject({ change: 'operator-rejected' });
    expect(desk.mail.sent.map((m) => m.to)).toEqual([[OPERATOR]]);
    expect(await desk.mail.body(0)).toContain('unknown command #frobnicate');
    expect((await desk.tickets.get(NUMBER))?.status).toBe('open');
  });

  it('answers a step the status does not allow, before doing any of the email', async () => {
    const desk = await withTicket();
    await answer(desk, { body: '#take\n#reopen\ntext' });
    expect(await desk.mail.body(0)).toContain('ticket 2026-000001 is in-progress: #reopen is not possible');
    expect((await desk.tickets.get(NUMBER))?.status).toBe('open');
    expect(desk.mail.sent.map((m) => m.to)).toEqual([[OPERATOR]]);
  });

  it('keeps a #note internal: logged with its text and author, nothing to the customer', async () => {
    const desk = await withTicket();
    await answer(desk, { body: '#nota\nIl cliente ha già chiamato due volte.' });
    expect(desk.mail.sent).toEqual([]);
    const note = (await desk.messages.history(NUMBER)).find((m) => m.kind === 'note');
    expect(note).toMatchObject({ from: OPERATOR, ownWords: 'Il cliente ha già chiamato due volte.' });
  });

  it('corrects the priority: deadlines from the clock start, reminders replaced', async () => {
    const desk = await withTicket();
    const before = await desk.tickets.get(NUMBER);
    desk.scheduler.deletes.length = 0;
    await answer(desk, { body: '#priority P1' });
    const after = await desk.tickets.get(NUMBER);
    expect(after?.priority).toBe('P1');
    expect(after?.deadlines.takeCharge).toBeLessThan(before?.deadlines.takeCharge ?? 0);
    const created = desk.scheduler.creates.filter((s) => s.at > LATER && s.name.endsWith('take-charge-due'));
    // P1's hour to take charge is already over: the reminder fires a minute from now, not in the past.
    expect(created.at(-1)?.at).toBe(Math.max(after?.deadlines.takeCharge ?? 0, LATER + 60_000));
    expect(after?.deadlines.resolution).toBeLessThan(before?.deadlines.resolution ?? 0);
    expect(desk.scheduler.deletes).toContain('2026-000001-take-charge-due');
    expect(desk.mail.sent).toEqual([]);
  });

  it('assigns to an operator of the desk, and refuses an address that is none', async () => {
    const desk = await withTicket();
    await answer(desk, { body: '#assign operators@example.com' });
    expect((await desk.tickets.get(NUMBER))?.assignee).toBe('operators@example.com');
    await answer(desk, { body: '#assign eve@evil.test', messageId: 'op-2@example.com' }, 'ses-op-2');
    expect(await desk.mail.body(0)).toContain('is not an operator address of this desk');
  });

  it('sends a new expected resolution with #expect on a ticket in progress', async () => {
    const desk = await withTicket({ status: 'in-progress', takenInChargeAt: MONDAY_10 + HOUR });
    await answer(desk, { body: '#prevista 2026-11-27T16:00:00+01:00' });
    expect((await desk.tickets.get(NUMBER))?.expectedResolutionAt).toBe(Date.parse('2026-11-27T15:00:00Z'));
    expect(await desk.mail.body(0)).toContain('è ora prevista per il venerdì 27 novembre 2026 alle 16:00');
  });

  it('reopens a closed ticket with #reopen: an operator may act on any status', async () => {
    const desk = await withTicket({ status: 'closed', closedAt: MONDAY_10 + HOUR });
    await answer(desk, { body: '#riapri' });
    expect((await desk.tickets.get(NUMBER))?.status).toBe('open');
  });

  it('is carried out once however often it is delivered', async () => {
    const desk = await withTicket();
    await answer(desk, { body: '#take\nSubito.' });
    await desk.deliver('ses-op-1', LATER);
    await answer(desk, { body: '#take\nSubito.' }, 'ses-op-again');
    expect(desk.mail.sent).toHaveLength(1);
    expect(await desk.messages.steps(NUMBER)).toHaveLength(1);
  });
});

describe('forged operator emails in numbers', () => {
  it('tell the operators of the first few only, and are all counted and kept', async () => {
    const desk = await withTicket();
    for (let i = 1; i <= REFUSALS_TOLD + 4; i++) {
      await answer(
        desk,
        { body: '#close', messageId: `forged-${i}@example.com`, authResults: FORGED },
        `ses-f${i}`,
      );
    }
    expect(desk.mail.sent).toHaveLength(REFUSALS_TOLD);
    const ticket = await desk.tickets.get(NUMBER);
    expect(ticket).toMatchObject({ status: 'open', refusedOperatorEmails: REFUSALS_TOLD + 4 });
    const refused = (await desk.messages.history(NUMBER)).filter((m) => m.kind === 'operator-email');
    expect(refused).toHaveLength(REFUSALS_TOLD + 4);
  });
});

describe('an operator email asking the customer', () => {
  it('pauses the clocks with #chiedi, sends the question only, and the answer moves the deadlines', async () => {
    const desk = await withTicket();
    const before = await desk.tickets.get(NUMBER);
    await answer(desk, { body: `#chiedi\nQuale browser usa?\n${QUOTED_NOTICE}` });
    const asked = await desk.tickets.get(NUMBER);
    expect(asked?.status).toBe('awaiting-customer');
    expect(asked?.pauses).toEqual([expect.objectContaining({ start: LATER, end: null })]);
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['anna@example.net']]);
    const body = await desk.mail.body(0);
    expect(body).toContain('Quale browser usa?');
    expect(body).not.toContain('operators@example.com');
    // The customer answers two business hours later: both deadlines move by them.
    const reply = [
      'From: Anna Rossi <anna@example.net>',
      'To: support@example.com',
      `Subject: Re: [#${NUMBER}] Errore nella pagina di login`,
      'Message-ID: <answer-1@mail.example.net>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Uso Firefox 133.',
      '',
    ].join('\r\n');
    await desk.receive('ses-answer', reply, LATER + 2 * HOUR);
    const resumed = await desk.tickets.get(NUMBER);
    expect(resumed?.status).toBe('open');
    expect(resumed?.deadlines.takeCharge).toBeGreaterThan(before?.deadlines.takeCharge ?? Infinity);
    expect(resumed?.deadlines.resolution).toBeGreaterThan(before?.deadlines.resolution ?? Infinity);
  });

  it('refuses #ask without a question, and #ask with #note', async () => {
    const desk = await withTicket();
    await answer(desk, { body: '#ask' });
    await answer(desk, { body: '#ask\n#note\nx', messageId: 'op-2@example.com' }, 'ses-op-2');
    expect(desk.mail.sent.map((m) => m.to)).toEqual([[OPERATOR], [OPERATOR]]);
    expect(await desk.mail.body(0)).toContain('#ask needs the question for the customer');
    expect(await desk.mail.body(1)).toContain('#note and #ask cannot go together');
    expect((await desk.tickets.get(NUMBER))?.status).toBe('open');
  });

  it("keeps the deadlines' pause shift when the priority is corrected after the answer", async () => {
    const desk = await withTicket();
    await answer(desk, { body: '#ask\nQuale browser?' });
    const reply = [
      'From: anna@example.net',
      'To: support@example.com',
      `Subject: Re: [#${NUMBER}] x`,
      'Message-ID: <answer-2@mail.example.net>',
      '',
      'Firefox.',
      '',
    ].join('\r\n');
    await desk.receive('ses-answer', reply, LATER + 2 * HOUR);
    const resumed = await desk.tickets.get(NUMBER);
    await answer(desk, { body: `#priority ${resumed?.priority}`, messageId: 'op-3@example.com' }, 'ses-op-3');
    // The same priority again: recomputed from the clock start net of the pause, nothing moves.
    expect((await desk.tickets.get(NUMBER))?.deadlines).toEqual(resumed?.deadlines);
  });
});
