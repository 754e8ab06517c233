import { describe, expect, it } from 'vitest';
import {
  THIRD_PARTY_MAX_PER_SENDER,
  THIRD_PARTY_MAX_PER_TICKET,
} from '../../../lib/tickets/intake/third-party';
import { APPLIED_MAX } from '../../../lib/tickets/model/applied-changes';
import { takeCharge } from '../../../lib/tickets/steps/lifecycle';
import { rawEmail } from './emails';
import { AS_OPERATOR, HOUR, MONDAY_10 } from './fixtures';
import { Harness, SETTINGS } from './harness';

const TICKET = '2026-000001';

function strangerReply(i: number, from = `stranger-${i}@example.org`): string {
  return rawEmail({
    from,
    subject: `Re: [#${TICKET}] Errore nella pagina di login`,
    messageId: `stranger-${i}@mail.example.org`,
    body: `Messaggio numero ${i} di qualcuno che non è il cliente. ${'bla '.repeat(1000)}`,
    screenshot: false,
  });
}

async function openTicket(): Promise<Harness> {
  const desk = new Harness();
  await desk.receive('ses-1', rawEmail());
  return desk;
}

async function notesIn(desk: Harness): Promise<number> {
  return (await desk.messages.history(TICKET)).filter((m) => m.kind === 'note').length;
}

describe('ingestEmail: replies from others are capped', () => {
  it(`keeps ${THIRD_PARTY_MAX_PER_SENDER} from one sender in the history and only counts the next`, async () => {
    const desk = await openTicket();
    for (let i = 1; i <= THIRD_PARTY_MAX_PER_SENDER; i++) {
      const result = await desk.receive(`ses-s${i}`, strangerReply(i, 'bot@example.org'), MONDAY_10 + i);
      expect(result).toMatchObject({ change: 'note' });
    }
    const past = await desk.receive('ses-past', strangerReply(99, 'BOT@example.org'), MONDAY_10 + HOUR);
    expect(past).toMatchObject({ outcome: 'reply', change: 'counted' });
    expect(await notesIn(desk)).toBe(THIRD_PARTY_MAX_PER_SENDER);
    expect((await desk.tickets.get(TICKET))?.thirdParty).toMatchObject({
      kept: THIRD_PARTY_MAX_PER_SENDER,
      counted: 1,
    });
    // Another sender still has room.
    expect(await desk.receive('ses-other', strangerReply(100), MONDAY_10 + HOUR)).toMatchObject({
      change: 'note',
    });
  });

  it(`keeps ${THIRD_PARTY_MAX_PER_TICKET} per ticket whoever sends them and only counts the rest`, async () => {
    const desk = await openTicket();
    for (let i = 1; i <= THIRD_PARTY_MAX_PER_TICKET + 5; i++) {
      await desk.receive(`ses-s${i}`, strangerReply(i), MONDAY_10 + i);
    }
    expect(await notesIn(desk)).toBe(THIRD_PARTY_MAX_PER_TICKET);
    const ticket = await desk.tickets.get(TICKET);
    expect(ticket?.thirdParty).toMatchObject({ kept: THIRD_PARTY_MAX_PER_TICKET, counted: 5 });
    expect(Object.keys(ticket?.thirdParty?.bySender ?? {})).toHaveLength(THIRD_PARTY_MAX_PER_TICKET);
    expect(ticket?.notes).toEqual([]);
  });

  it('counts a reply once when the attempt that counted it failed before logging so', async () => {
    const desk = await openTicket();
    const record = desk.work.record.bind(desk.work);
    let failed = false;
    desk.work.record = async (key, step, result) => {
      if (step === 'updated' && !failed) {
        failed = true;
        throw new Error('lost the answer');
      }
      return record(key, step, result);
    };
    await expect(desk.receive('ses-s1', strangerReply(1), MONDAY_10 + 1)).rejects.toThrow('lost the answer');
    await desk.deliver('ses-s1', MONDAY_10 + 1);
    await desk.deliver('ses-s1', MONDAY_10 + 1);
    expect((await desk.tickets.get(TICKET))?.thirdParty).toMatchObject({ kept: 1, counted: 0 });
    expect(await notesIn(desk)).toBe(1);
  });

  it('keeps the fate the first attempt decided, even when the caps filled up before the retry', async () => {
    const desk = await openTicket();
    const record = desk.work.record.bind(desk.work);
    let failed = false;
    desk.work.record = async (key, step, result) => {
      const recorded = await record(key, step, result);
      if (step === 'fate' && !failed) {
        failed = true;
        throw new Error('crashed after deciding');
      }
      return recorded;
    };
    await expect(desk.receive('ses-first', strangerReply(0, 'bot@example.org'), MONDAY_10)).rejects.toThrow();
    for (let i = 1; i <= THIRD_PARTY_MAX_PER_SENDER; i++) {
      await desk.receive(`ses-s${i}`, strangerReply(i, 'bot@example.org'), MONDAY_10 + i);
    }
    expect(await desk.deliver('ses-first', MONDAY_10)).toMatchObject({ change: 'note' });
    expect((await desk.tickets.get(TICKET))?.thirdParty).toMatchObject({
      kept: THIRD_PARTY_MAX_PER_SENDER + 1,
      counted: 0,
    });
  });

  it('still takes the customer and the operators after the caps are full', async () => {
    const desk = await openTicket();
    for (let i = 1; i <= THIRD_PARTY_MAX_PER_TICKET + 3; i++) {
      await desk.receive(`ses-s${i}`, strangerReply(i), MONDAY_10 + i);
    }
    const reply = rawEmail({
      subject: `Re: [#${TICKET}] Errore nella pagina di login`,
      messageId: 'anna-2@mail.example.net',
      body: 'Succede ancora, stamattina alle 9:00.',
      screenshot: false,
    });
    expect(await desk.receive('ses-anna', reply, MONDAY_10 + HOUR)).toMatchObject({ change: 'appended' });
    const { ticket } = await takeCharge(
      desk.ports,
      TICKET,
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(MONDAY_10 + 2 * HOUR),
      SETTINGS,
    );
    expect(ticket.status).toBe('in-progress');
    expect(ticket.customerMessageIds.at(-1)).toBe('anna-2@mail.example.net');
  });

  it('lets a repeated take charge find its step however many replies came in since', async () => {
    const desk = await openTicket();
    const take = (at: number) =>
      takeCharge(
        desk.ports,
        TICKET,
        { ...AS_OPERATOR, expectedResolutionAt: null },
        desk.attempt(at),
        SETTINGS,
      );
    await take(MONDAY_10 + HOUR);
    for (let i = 1; i <= 3 * APPLIED_MAX; i++) {
      await desk.receive(`ses-s${i}`, strangerReply(i), MONDAY_10 + HOUR + i);
    }
    const applied = (await desk.tickets.get(TICKET))?.applied ?? [];
    expect(applied).toHaveLength(APPLIED_MAX);
    const again = await take(MONDAY_10 + 2 * HOUR);
    expect(again).toMatchObject({ changed: false, notified: false });
    expect(desk.mail.sent.filter((m) => m.to.includes('anna@example.net'))).toHaveLength(2);
  });
});
