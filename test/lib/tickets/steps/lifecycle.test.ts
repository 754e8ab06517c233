import { describe, expect, it } from 'vitest';
import { TicketStateError } from '../../../../lib/tickets/errors';
import {
  closeTicket,
  reopenTicket,
  resolveTicket,
  takeCharge,
} from '../../../../lib/tickets/steps/lifecycle';
import { INCOMPLETE, rawEmail } from '../emails';
import { AS_OPERATOR, HOUR, MONDAY_10 } from '../fixtures';
import { Harness, SETTINGS } from '../harness';

const LATER = MONDAY_10 + 2 * HOUR;

async function openTicket(raw = rawEmail()): Promise<Harness> {
  const desk = new Harness();
  await desk.receive('ses-1', raw);
  desk.mail.sent.length = 0;
  return desk;
}

describe('takeCharge', () => {
  it('puts the ticket in progress and tells the customer the expected resolution, in their language', async () => {
    const desk = await openTicket();
    const result = await takeCharge(
      desk.ports,
      '2026-000001',
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(LATER),
      SETTINGS,
    );
    expect(result.ticket).toMatchObject({
      status: 'in-progress',
      takenInChargeAt: LATER,
      expectedResolutionAt: MONDAY_10 + 7 * 24 * HOUR,
    });
    expect(desk.mail.sent[0]?.to).toEqual(['anna@example.net']);
    const text = desk.mail.texts()[0] ?? '';
    const body = await desk.mail.body(0);
    expect(body).toContain('presa in carico');
    expect(body).toContain('Risoluzione prevista');
    expect(text).toMatch(/^In-Reply-To: <req-1@mail\.example\.net>$/m);
  });

  it('writes the time the operator gives, in an English ticket', async () => {
    const desk = await openTicket(
      rawEmail({
        subject: 'Login fails',
        body: 'Today at 9:40 https://app.example.net/login shows error 500 after clicking Sign in, using Chrome 131 on Windows.',
      }),
    );
    await takeCharge(
      desk.ports,
      '2026-000001',
      { ...AS_OPERATOR, expectedResolutionAt: Date.parse('2026-11-25T16:00:00Z') },
      desk.attempt(LATER),
      SETTINGS,
    );
    expect(await desk.mail.body(0)).toContain('Expected resolution: Wednesday 25 November 2026 at 17:00');
  });

  it('deletes the take-charge reminders and keeps the resolution ones', async () => {
    const desk = await openTicket();
    const { ticket } = await takeCharge(
      desk.ports,
      '2026-000001',
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(LATER),
      SETTINGS,
    );
    expect(desk.scheduler.deletes.sort()).toEqual([
      '2026-000001-take-charge-due',
      '2026-000001-take-charge-warning',
    ]);
    expect(ticket.schedules).toEqual(['2026-000001-resolution-warning', '2026-000001-resolution-due']);
  });

  it('only finishes what followed when repeated, emailing once', async () => {
    const desk = await openTicket();
    await takeCharge(
      desk.ports,
      '2026-000001',
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(LATER),
      SETTINGS,
    );
    const again = await takeCharge(
      desk.ports,
      '2026-000001',
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(LATER + 1000),
      SETTINGS,
    );
    expect(again).toMatchObject({ changed: false, notified: false });
    expect(desk.mail.sent).toHaveLength(1);
  });
});

describe('resolve, close and reopen', () => {
  it('resolves, tells the customer, and deletes every remaining schedule', async () => {
    const desk = await openTicket();
    const { ticket } = await resolveTicket(
      desk.ports,
      '2026-000001',
      AS_OPERATOR,
      desk.attempt(LATER),
      SETTINGS,
    );
    expect(ticket).toMatchObject({ status: 'resolved', resolvedAt: LATER, schedules: [] });
    expect(desk.scheduler.schedules.size).toBe(0);
    expect(await desk.mail.body(0)).toContain('è stata risolta');
  });

  it('closes and tells the customer', async () => {
    const desk = await openTicket();
    const { ticket } = await closeTicket(
      desk.ports,
      '2026-000001',
      AS_OPERATOR,
      desk.attempt(LATER),
      SETTINGS,
    );
    expect(ticket).toMatchObject({ status: 'closed', closedAt: LATER });
    expect(await desk.mail.body(0)).toContain('è stata chiusa');
  });

  it('reopens a resolved ticket to in-progress when it had been taken in charge', async () => {
    const desk = await openTicket();
    await takeCharge(
      desk.ports,
      '2026-000001',
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(LATER),
      SETTINGS,
    );
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER + HOUR), SETTINGS);
    const { ticket } = await reopenTicket(
      desk.ports,
      '2026-000001',
      AS_OPERATOR,
      desk.attempt(LATER + 2 * HOUR),
      SETTINGS,
    );
    expect(ticket).toMatchObject({ status: 'in-progress', resolvedAt: null });
  });

  it('lets a ticket be resolved again after a reopen, with its own email', async () => {
    const desk = await openTicket();
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    await reopenTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER + HOUR), SETTINGS);
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER + 2 * HOUR), SETTINGS);
    // resolved, reopened, resolved again
    expect(desk.mail.sent).toHaveLength(3);
    expect(new Set(desk.mail.sent.map((m) => m.messageId)).size).toBe(3);
    expect(await desk.mail.body(2)).toContain('è stata risolta');
  });

  it('tells the customer of a reopening, in their language, with the new resolution deadline', async () => {
    const desk = await openTicket();
    await takeCharge(
      desk.ports,
      '2026-000001',
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(LATER),
      SETTINGS,
    );
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER + HOUR), SETTINGS);
    desk.mail.sent.length = 0;
    const result = await reopenTicket(
      desk.ports,
      '2026-000001',
      AS_OPERATOR,
      desk.attempt(rome('2026-11-24T09:30')),
      SETTINGS,
    );
    expect(result.notified).toBe(true);
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['anna@example.net']]);
    const body = await desk.mail.body(0);
    expect(body).toContain('è stata riaperta dal nostro team');
    expect(body).toContain('Risoluzione prevista: martedì 1 dicembre 2026 alle 09:30');
    const again = await reopenTicket(
      desk.ports,
      '2026-000001',
      AS_OPERATOR,
      desk.attempt(rome('2026-11-24T10:00')),
      SETTINGS,
    );
    expect(again).toMatchObject({ changed: false, notified: false });
    expect(desk.mail.sent).toHaveLength(1);
  });

  it.each([
    [
      'take charge of a closed ticket',
      (d: Harness) =>
        takeCharge(
          d.ports,
          '2026-000001',
          { ...AS_OPERATOR, expectedResolutionAt: null },
          d.attempt(LATER),
          SETTINGS,
        ),
    ],
    [
      'reopen an open ticket',
      (d: Harness) => reopenTicket(d.ports, '2026-000001', AS_OPERATOR, d.attempt(LATER), SETTINGS),
    ],
  ])('refuses to %s, naming ticket and status', async (name, step) => {
    const desk = await openTicket();
    if (name.includes('closed'))
      await closeTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    const failure = await step(desk).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TicketStateError);
    expect((failure as Error).message).toMatch(/^ticket 2026-000001 is (closed|open): cannot /);
  });
});

/** A wall-clock time in Rome in November (UTC+1). */
const rome = (local: string) => Date.parse(`${local}:00+01:00`);

/** Names and instants (in Rome) of the pending schedules. */
function pending(desk: Harness): [string, number][] {
  return [...desk.scheduler.schedules.values()].map((s) => [s.name, s.at]);
}

describe('reopenTicket: the reminders of a new round', () => {
  it('gives a fresh resolution clock from the reopening and schedules its warning and due', async () => {
    const desk = await openTicket();
    await takeCharge(
      desk.ports,
      '2026-000001',
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(LATER),
      SETTINGS,
    );
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER + HOUR), SETTINGS);
    const at = rome('2026-11-24T09:30');
    const { ticket } = await reopenTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(at), SETTINGS);
    expect(ticket.deadlines.resolution).toBe(rome('2026-12-01T09:30'));
    expect(pending(desk)).toEqual([
      ['2026-000001-r1-resolution-warning', rome('2026-11-27T17:00')],
      ['2026-000001-r1-resolution-due', rome('2026-12-01T09:30')],
    ]);
    expect(ticket.schedules).toEqual(pending(desk).map(([name]) => name));
    expect(desk.scheduler.creates.every((s) => s.timeZone === 'Europe/Rome')).toBe(true);
    expect(desk.scheduler.schedules.get('2026-000001-r1-resolution-due')?.payload).toEqual({
      ticket: '2026-000001',
      kind: 'resolution-due',
    });
  });

  it('schedules again the take-charge reminders still ahead when nobody took the ticket in charge', async () => {
    const desk = await openTicket();
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(MONDAY_10 + HOUR), SETTINGS);
    await reopenTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    expect(pending(desk).map(([name]) => name)).toEqual([
      '2026-000001-r1-take-charge-warning',
      '2026-000001-r1-take-charge-due',
      '2026-000001-r1-resolution-warning',
      '2026-000001-r1-resolution-due',
    ]);
  });

  it('schedules the customer nudge again when the ticket goes back to awaiting information', async () => {
    const desk = await openTicket(rawEmail(INCOMPLETE));
    expect(pending(desk).map(([name]) => name)).toEqual(['2026-000001-awaiting-info']);
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    expect(pending(desk)).toEqual([]);
    const at = rome('2026-11-24T09:30');
    const { ticket } = await reopenTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(at), SETTINGS);
    expect(ticket.status).toBe('awaiting-info');
    expect(pending(desk)).toEqual([['2026-000001-r1-awaiting-info', rome('2026-11-27T09:30')]]);
    expect(ticket.schedules).toEqual(['2026-000001-r1-awaiting-info']);
    expect(await desk.mail.body(desk.mail.sent.length - 1)).toContain(
      "Per procedere ci servono ancora le informazioni che le abbiamo chiesto: risponda a questa email lasciando [#2026-000001] nell'oggetto.",
    );
  });

  it('creates nothing more when the command is repeated', async () => {
    const desk = await openTicket();
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    await reopenTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER + HOUR), SETTINGS);
    const created = desk.scheduler.creates.length;
    const again = await reopenTicket(
      desk.ports,
      '2026-000001',
      AS_OPERATOR,
      desk.attempt(LATER + 2 * HOUR),
      SETTINGS,
    );
    expect(again.changed).toBe(false);
    expect(desk.scheduler.creates).toHaveLength(created);
  });

  it('numbers each round: resolving deletes round 1, a second reopening schedules round 2', async () => {
    const desk = await openTicket();
    await takeCharge(
      desk.ports,
      '2026-000001',
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(LATER),
      SETTINGS,
    );
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER + HOUR), SETTINGS);
    await reopenTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER + 2 * HOUR), SETTINGS);
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER + 3 * HOUR), SETTINGS);
    expect(desk.scheduler.schedules.size).toBe(0);
    expect(desk.scheduler.deletes).toContain('2026-000001-r1-resolution-due');
    const { ticket } = await reopenTicket(
      desk.ports,
      '2026-000001',
      AS_OPERATOR,
      desk.attempt(LATER + 4 * HOUR),
      SETTINGS,
    );
    expect(ticket.schedules).toEqual(['2026-000001-r2-resolution-warning', '2026-000001-r2-resolution-due']);
    expect(ticket.reopenings.map((r) => r.at)).toEqual([LATER + 2 * HOUR, LATER + 4 * HOUR]);
  });

  it('deletes a schedule an earlier round left behind', async () => {
    const desk = await openTicket();
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    const resolved = await desk.tickets.get('2026-000001');
    if (!resolved) throw new Error('no ticket');
    const leftover = '2026-000001-resolution-due';
    await desk.tickets.save({ ...resolved, schedules: [leftover], version: resolved.version + 1 });
    const { ticket } = await reopenTicket(
      desk.ports,
      '2026-000001',
      AS_OPERATOR,
      desk.attempt(LATER + HOUR),
      SETTINGS,
    );
    expect(desk.scheduler.deletes).toContain(leftover);
    expect(ticket.schedules).not.toContain(leftover);
  });

  it('finishes the rescheduling when the command is run again after a scheduler failure', async () => {
    const desk = await openTicket();
    await resolveTicket(desk.ports, '2026-000001', AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    const create = desk.scheduler.create.bind(desk.scheduler);
    let calls = 0;
    desk.scheduler.create = async (schedule) => {
      calls += 1;
      if (calls === 2) throw new Error('injected throttling');
      return create(schedule);
    };
    const failure = await reopenTicket(
      desk.ports,
      '2026-000001',
      AS_OPERATOR,
      desk.attempt(LATER + HOUR),
      SETTINGS,
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    const { ticket, changed } = await reopenTicket(
      desk.ports,
      '2026-000001',
      AS_OPERATOR,
      desk.attempt(LATER + 2 * HOUR),
      SETTINGS,
    );
    expect(changed).toBe(false);
    expect(ticket.reopenings).toHaveLength(1);
    expect([...ticket.schedules].sort()).toEqual([...desk.scheduler.schedules.keys()].sort());
    expect(ticket.schedules).toHaveLength(4);
  });
});
