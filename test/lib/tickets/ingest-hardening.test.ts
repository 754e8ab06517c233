import { describe, expect, it } from 'vitest';
import type { Lease } from '../../../lib/ports/work-log';
import { ingestEmail } from '../../../lib/tickets/intake/ingest';
import { COMPLETE_BODY, rawEmail } from './emails';
import { HOUR, MONDAY_10 } from './fixtures';
import { Harness, SETTINGS, withTicket } from './harness';

const FORGED = {
  'Authentication-Results':
    'amazonses.com; spf=fail smtp.mailfrom=anna@example.net; dkim=fail header.i=@example.net; dmarc=fail header.from=example.net',
};

/** Runs one delivery of `sesId` at `now` through the harness's ports. */
function deliverAt(desk: Harness, sesId: string, now: number, id: string) {
  return ingestEmail({ sesMessageId: sesId, receivedAt: MONDAY_10 }, desk.ports, { id, now }, SETTINGS);
}

describe('ingestEmail: exactly once without a Message-ID', () => {
  it('acknowledges once when the same SES event of a message without Message-ID comes again', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail({ messageId: null }));
    expect(await desk.deliver('ses-1')).toEqual({ outcome: 'duplicate' });
    // One ticket; one acknowledgement and one notice.
    expect([desk.tickets.tickets.size, desk.mail.sent.length]).toEqual([1, 2]);
  });

  it('finishes the work of a crash that never released its lease, once the lease is over', async () => {
    const desk = new Harness();
    desk.raw.put('ses-1', rawEmail({ messageId: null }));
    const send = desk.mail.send.bind(desk.mail);
    const release = desk.work.release.bind(desk.work);
    // The process dies while sending: nothing gives the lease up.
    desk.mail.send = async () => {
      throw new Error('process killed');
    };
    desk.work.release = async (_key: string, _lease: Lease) => undefined;
    await expect(deliverAt(desk, 'ses-1', MONDAY_10, 'a-1')).rejects.toThrow('process killed');
    desk.mail.send = send;
    desk.work.release = release;
    await expect(deliverAt(desk, 'ses-1', MONDAY_10 + 1000, 'a-2')).rejects.toThrow(/being processed/);
    const done = await deliverAt(desk, 'ses-1', MONDAY_10 + SETTINGS.leaseMs + 1000, 'a-3');
    expect(done).toMatchObject({ outcome: 'created', ticket: '2026-000001' });
    expect([desk.tickets.tickets.size, desk.mail.sent.length]).toEqual([1, 2]);
  });

  it('survives two faults in one run: the send, then the schedules, each failing once', async () => {
    const desk = new Harness();
    desk.raw.put('ses-1', rawEmail({ messageId: null }));
    const send = desk.mail.send.bind(desk.mail);
    const create = desk.scheduler.create.bind(desk.scheduler);
    let sendFaults = 1;
    let scheduleFaults = 1;
    desk.mail.send = async (mail) => {
      if (sendFaults-- > 0) throw new Error('SES throttled');
      return send(mail);
    };
    desk.scheduler.create = async (schedule) => {
      if (scheduleFaults-- > 0) throw new Error('Scheduler 500');
      return create(schedule);
    };
    await expect(deliverAt(desk, 'ses-1', MONDAY_10, 'a-1')).rejects.toThrow('SES throttled');
    await expect(deliverAt(desk, 'ses-1', MONDAY_10 + 1000, 'a-2')).rejects.toThrow('Scheduler 500');
    expect(await deliverAt(desk, 'ses-1', MONDAY_10 + 2000, 'a-3')).toMatchObject({ outcome: 'created' });
    expect([desk.tickets.tickets.size, desk.mail.sent.length, desk.scheduler.schedules.size]).toEqual([
      1, 2, 4,
    ]);
  });
});

describe('ingestEmail: senders that fail authentication', () => {
  it('makes a ticket marked unverified, with no acknowledgement, and says why on the ticket', async () => {
    const desk = new Harness();
    expect(await desk.receive('ses-1', rawEmail({ headers: FORGED }))).toMatchObject({
      outcome: 'created',
      effects: { acknowledged: false },
    });
    const ticket = [...desk.tickets.tickets.values()][0];
    expect(ticket?.notes.map((n) => n.text).join('\n')).toContain('sender not verified');
    // Nothing to the customer; the operators are told, with the sender marked unverified.
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['operators@example.com']]);
    expect(await desk.mail.body(0)).toContain('mittente non verificato');
  });

  it('takes SES’s receipt verdicts when the event carries them', async () => {
    const desk = new Harness();
    desk.raw.put('ses-1', rawEmail());
    const verdicts = { spf: 'fail', dkim: 'fail', dmarc: 'none' } as const;
    await ingestEmail(
      { sesMessageId: 'ses-1', receivedAt: MONDAY_10, verdicts },
      desk.ports,
      desk.attempt(),
      SETTINGS,
    );
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['operators@example.com']]);
    expect(await desk.mail.body(0)).toContain('mittente non verificato');
  });

  it('keeps an unverified reply as a note and changes nothing on the ticket', async () => {
    const desk = await withTicket({ status: 'awaiting-info', missingFields: ['url'] });
    const reply = rawEmail({
      subject: 'Re: [#2026-000001] Errore',
      messageId: 'r-1@mail.example.net',
      body: COMPLETE_BODY,
      headers: FORGED,
    });
    expect(await desk.receive('ses-9', reply, MONDAY_10 + HOUR)).toMatchObject({ change: 'note' });
    expect(desk.tickets.tickets.get('2026-000001')?.status).toBe('awaiting-info');
  });

  it('does not let another address of the customer’s domain act on the ticket by default', async () => {
    const desk = await withTicket({ status: 'awaiting-info', missingFields: ['url'] });
    const reply = rawEmail({
      from: 'someone.else@example.net',
      subject: 'Re: [#2026-000001] Errore',
      messageId: 'r-2@mail.example.net',
    });
    expect(await desk.receive('ses-9', reply, MONDAY_10 + HOUR)).toMatchObject({ change: 'note' });
  });
});

describe('ingestEmail: huge recipient lists', () => {
  it('keeps the history of a message to 30,001 addresses, bounded, and acknowledges it', async () => {
    const desk = new Harness();
    const to = Array.from({ length: 30_001 }, (_, i) => `r${i}@example.org`).join(', ');
    const raw = rawEmail().replace('To: support@example.com', `To: support@example.com, ${to}`);
    expect(await desk.receive('ses-1', raw)).toMatchObject({
      outcome: 'created',
      effects: { acknowledged: true },
    });
    const history = [...desk.messages.messages.values()].filter((m) => m.direction === 'in');
    expect(history).toHaveLength(1);
    expect(history[0]?.to.length).toBeLessThanOrEqual(50);
  });
});
