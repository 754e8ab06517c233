import { describe, expect, it } from 'vitest';
import { ticketDetailJson, ticketDetailLines } from '../../../cli/views/ticket-detail';
import { askCustomer, resolveTicket, takeCharge } from '../../../lib/tickets/steps/lifecycle';
import { ticketDetail } from '../../../lib/tickets/views/ticket-detail';
import { COMPLETE_BODY, rawEmail } from '../../lib/tickets/emails';
import { AS_OPERATOR, HOUR, MONDAY_10 } from '../../lib/tickets/fixtures';
import { Harness, SETTINGS } from '../../lib/tickets/harness';

const TICKET = '2026-000001';

/** A ticket received Monday 10:00 in Rome, taken in charge at 11:00 and resolved at 12:00. */
async function resolvedTicket() {
  const desk = new Harness();
  await desk.receive('ses-1', rawEmail({ body: `${COMPLETE_BODY}\n\n> testo citato` }));
  const expectedResolutionAt = MONDAY_10 + 26 * HOUR;
  await takeCharge(
    desk.ports,
    TICKET,
    { ...AS_OPERATOR, expectedResolutionAt },
    desk.attempt(MONDAY_10 + HOUR),
    SETTINGS,
  );
  await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(MONDAY_10 + 2 * HOUR), SETTINGS);
  return ticketDetail(desk.ports, TICKET);
}

describe('ticketDetailLines', () => {
  it('shows the ticket, then every message and step with who and when, in the desk zone', async () => {
    const lines = ticketDetailLines(await resolvedTicket());
    expect(lines[0]).toBe(`ticket ${TICKET}  resolved  P3  -`);
    expect(lines).toContain('history (times in Europe/Rome):');
    const history = lines.slice(lines.indexOf('history (times in Europe/Rome):') + 1);
    expect(history).toContain('2026-11-23 10:00 +01:00  received request from anna@example.net');
    expect(history).toContain(`  | ${COMPLETE_BODY}`);
    expect(lines.join('\n')).not.toContain('testo citato');
    expect(history).toContain('  attachment: screen.png (image/png, 70 bytes)');
    expect(history).toContain('2026-11-23 10:00 +01:00  sent acknowledgement to anna@example.net');
    expect(history).toContain('2026-11-23 10:00 +01:00  sent operator-notice to operators@example.com');
    expect(history).toContain(
      '2026-11-23 11:00 +01:00  take-charge by operators@example.com (open -> in-progress); expected resolution 2026-11-24 12:00 +01:00',
    );
    expect(history).toContain(
      '2026-11-23 12:00 +01:00  resolve by operators@example.com (in-progress -> resolved)',
    );
    expect(history.filter((line) => line.includes('sent lifecycle'))).toHaveLength(2);
  });
});

describe('ticketDetailJson', () => {
  it('is one object: the listing fields, then the history with ISO times', async () => {
    const shown = JSON.parse(ticketDetailJson(await resolvedTicket())) as {
      number: string;
      status: string;
      history: Record<string, unknown>[];
    };
    expect(shown).toMatchObject({
      number: TICKET,
      status: 'resolved',
      zone: 'Europe/Rome',
      tier: 'standard',
    });
    // request, acknowledgement, the operators' notice, then the steps and what they told the customer
    expect(shown.history.map((e) => e.type)).toEqual([
      'message',
      'message',
      'message',
      'step',
      'message',
      'step',
      'message',
    ]);
    expect(shown.history[0]).toMatchObject({
      direction: 'in',
      kind: 'request',
      at: '2026-11-23T10:00:00+01:00',
      ownWords: COMPLETE_BODY,
      attachments: [{ name: 'screen.png', type: 'image/png', size: 70, inline: false }],
    });
    expect(shown.history[2]).toMatchObject({ direction: 'out', kind: 'operator-notice' });
    expect(shown.history[3]).toMatchObject({
      action: 'take-charge',
      actor: 'operators@example.com',
      at: '2026-11-23T11:00:00+01:00',
      expectedResolutionAt: '2026-11-24T12:00:00+01:00',
      resolutionDeadline: null,
    });
  });
});

describe("tickets show of an operator's emails", () => {
  it("says what each operator email did, the steps' settings and the assignee, escaped for the terminal", async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    const answer = (id: string, body: string) =>
      [
        'From: operators@example.com',
        'To: support@example.com',
        `Subject: Re: [#${TICKET}] x`,
        `Message-ID: <${id}@example.com>`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        body,
        '',
      ].join('\r\n');
    await desk.receive('ses-2', answer('a', '#priority P1\n#assign operators@example.com'), MONDAY_10 + HOUR);
    await desk.receive('ses-3', answer('b', '#\u001b]0;pwned\u0007x'), MONDAY_10 + HOUR);
    const detail = await ticketDetail(desk.ports, TICKET);
    const lines = ticketDetailLines(detail);
    expect(lines).toContain('assigned to: operators@example.com');
    expect(lines).toContain('  did: set the priority P1; assigned to operators@example.com');
    expect(lines.some((l) => l.startsWith('  did: rejected: unknown command #'))).toBe(true);
    const printed = lines.join('\n');
    expect(printed.includes('\u001b') || printed.includes('\u0007')).toBe(false);
    expect(lines.some((l) => l.includes('priority by operators@example.com') && l.endsWith('; P1'))).toBe(
      true,
    );
    const shown = JSON.parse(ticketDetailJson(detail)) as {
      assignee: string;
      history: Record<string, unknown>[];
    };
    expect(shown.assignee).toBe('operators@example.com');
    expect(shown.history.find((e) => e.action === 'assign')).toMatchObject({
      detail: 'operators@example.com',
    });
  });
});

describe('tickets show: replies from others', () => {
  it('tells how many were kept in the history and how many only counted', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    const stranger = (i: number) =>
      rawEmail({
        from: 'bot@example.org',
        subject: `Re: [#${TICKET}] Errore`,
        messageId: `bot-${i}@example.org`,
        screenshot: false,
      });
    for (let i = 1; i <= 12; i++) await desk.receive(`ses-bot-${i}`, stranger(i), MONDAY_10 + i);
    const detail = await ticketDetail(desk.ports, TICKET);
    expect(ticketDetailLines(detail)).toContain(
      'replies from others: 12 (10 in the history as notes, 2 past the caps counted only (raw messages in the raw store))',
    );
    expect(JSON.parse(ticketDetailJson(detail))).toMatchObject({
      thirdPartyReplies: { kept: 10, counted: 2 },
    });
  });

  it('says nothing of them on a ticket that has none', async () => {
    const lines = ticketDetailLines(await resolvedTicket());
    expect(lines.some((line) => line.startsWith('replies from others'))).toBe(false);
  });
});

/** A ticket asked twice: answered after the first question (Monday 11:00-15:00), still waiting on the second (from Tuesday 09:00). */
async function pausedTicket() {
  const desk = new Harness();
  await desk.receive('ses-1', rawEmail());
  const ask = { ...AS_OPERATOR, words: { text: 'Quale utente usa?', attachments: [] } };
  await askCustomer(desk.ports, TICKET, ask, desk.attempt(MONDAY_10 + HOUR), SETTINGS);
  await desk.receive(
    'ses-2',
    rawEmail({ subject: 'Re: [#2026-000001] Errore', messageId: 'answer-1@mail.example.net' }),
    MONDAY_10 + 5 * HOUR,
  );
  await askCustomer(desk.ports, TICKET, ask, desk.attempt(MONDAY_10 + 23 * HOUR), SETTINGS);
  return ticketDetail(desk.ports, TICKET);
}

describe('the pauses in tickets show', () => {
  it('lists each pause from its start to its end, or to open while the ticket waits', async () => {
    const lines = ticketDetailLines(await pausedTicket());
    expect(lines[0]).toBe(`ticket ${TICKET}  awaiting-customer  P3  -`);
    expect(lines.filter((line) => line.startsWith('pause: '))).toEqual([
      'pause: from 2026-11-23 11:00 +01:00 to 2026-11-23 15:00 +01:00',
      'pause: from 2026-11-24 09:00 +01:00 to open',
    ]);
    expect(lines).toContain(
      '2026-11-23 11:00 +01:00  ask by operators@example.com (open -> awaiting-customer)',
    );
  });

  it('gives them in --json with ISO times', async () => {
    const shown = JSON.parse(ticketDetailJson(await pausedTicket())) as { pauses: unknown };
    expect(shown.pauses).toEqual([
      { from: '2026-11-23T11:00:00+01:00', to: '2026-11-23T15:00:00+01:00' },
      { from: '2026-11-24T09:00:00+01:00', to: 'open' },
    ]);
  });
});
