import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../../lib/desk/default-desk';
import { PRIORITIES, type Priority } from '../../../../lib/domain/vocabulary';
import type { Ticket } from '../../../../lib/tickets/model/ticket';
import { type ListFilter, listTickets } from '../../../../lib/tickets/views/list-tickets';
import { MemoryTicketStore } from '../fakes';
import { aTicket, HOUR, MONDAY_10, NO_CONTRACT_TERMS } from '../fixtures';

describe('listTickets', () => {
  it('gives what tickets list --json prints, instants in the calendar zone, nearest deadline first', async () => {
    const store = new MemoryTicketStore();
    await store.create(
      aTicket({
        number: '2026-000002',
        calendarId: 'rome',
        deadlines: { takeCharge: MONDAY_10 + 9 * HOUR, resolution: null },
      }),
    );
    await store.create(
      aTicket({
        number: '2026-000001',
        calendarId: 'rome',
        deadlines: { takeCharge: MONDAY_10 + HOUR, resolution: null },
      }),
    );
    const views = await listTickets(store, defaultDesk());
    expect(views.map((v) => v.number)).toEqual(['2026-000001', '2026-000002']);
    expect(views[0]).toMatchObject({
      number: '2026-000001',
      status: 'open',
      priority: 'P3',
      language: 'it',
      customer: 'anna@example.net',
      subject: 'Login page broken',
      deadlines: { takeCharge: '2026-11-23T11:00:00+01:00', resolution: null },
      createdAt: '2026-11-23T10:00:00+01:00',
    });
  });
});

/** A ticket of `priority` numbered `n`, with its flags and next deadline (hours from Monday 10:00, or none). */
function ranked(n: number, priority: Priority, flags: { urgentOoh?: boolean; dueIn?: number | null } = {}) {
  const due = flags.dueIn === null ? null : MONDAY_10 + (flags.dueIn ?? 8) * HOUR;
  return aTicket({
    number: `2026-${String(n).padStart(6, '0')}`,
    calendarId: 'rome',
    priority,
    urgent: flags.urgentOoh ?? false,
    outOfHours: flags.urgentOoh ?? false,
    bestEffort: flags.dueIn === null,
    deadlines: { takeCharge: due, resolution: due },
  });
}

async function order(tickets: readonly Ticket[], filter: ListFilter = {}): Promise<string[]> {
  const store = new MemoryTicketStore();
  for (const ticket of tickets) await store.create(ticket);
  return (await listTickets(store, defaultDesk(), filter)).map((v) => v.number.slice(-1));
}

describe('listTickets: the most urgent first', () => {
  it.each([
    {
      why: 'a P1 received out of hours, best effort with no deadline, is never below a P3 due in an hour',
      tickets: [ranked(1, 'P3', { dueIn: 1 }), ranked(2, 'P1', { urgentOoh: true, dueIn: null })],
      expected: ['2', '1'],
    },
    {
      why: 'priority before deadline: a P2 due in a week is above a P4 due now',
      tickets: [ranked(1, 'P4', { dueIn: 0 }), ranked(2, 'P2', { dueIn: 168 })],
      expected: ['2', '1'],
    },
    {
      why: 'within a priority, urgent out of hours before the nearest deadline',
      tickets: [ranked(1, 'P2', { dueIn: 1 }), ranked(2, 'P2', { urgentOoh: true, dueIn: 40 })],
      expected: ['2', '1'],
    },
    {
      why: 'then the nearest pending deadline, tickets with none last',
      tickets: [
        ranked(1, 'P3', { dueIn: null }),
        ranked(2, 'P3', { dueIn: 9 }),
        ranked(3, 'P3', { dueIn: 2 }),
      ],
      expected: ['3', '2', '1'],
    },
    {
      why: 'then the number',
      tickets: [ranked(3, 'P3'), ranked(1, 'P3'), ranked(2, 'P3')],
      expected: ['1', '2', '3'],
    },
  ])('$why', async ({ tickets, expected }) => {
    expect(await order(tickets)).toEqual(expected);
  });

  it.each(PRIORITIES.flatMap((p) => PRIORITIES.map((q) => [p, q] as const)))(
    'puts an out-of-hours %s above a %s with a nearer deadline only when its priority is higher or equal',
    async (p, q) => {
      const listed = await order([
        ranked(1, q, { dueIn: 0 }),
        ranked(2, p, { urgentOoh: true, dueIn: null }),
      ]);
      expect(listed[0]).toBe(PRIORITIES.indexOf(p) <= PRIORITIES.indexOf(q) ? '2' : '1');
    },
  );

  it.each([
    { filter: { statuses: ['in-progress'] } as ListFilter, expected: ['2'] },
    { filter: { priority: 'P1' } as ListFilter, expected: ['3'] },
    { filter: { customer: ' Marco@EXAMPLE.net ' } as ListFilter, expected: ['3', '2'] },
    { filter: { customer: 'marco@example.net', statuses: ['open'] } as ListFilter, expected: ['3'] },
    { filter: { customer: 'nobody@example.net' } as ListFilter, expected: [] },
  ])('filters by $filter', async ({ filter, expected }) => {
    const tickets = [
      ranked(1, 'P3'),
      { ...ranked(2, 'P2'), status: 'in-progress' as const, customer: 'marco@example.net' },
      { ...ranked(3, 'P1'), customer: 'marco@example.net' },
    ];
    expect(await order(tickets, filter)).toEqual(expected);
  });

  it('shows the tier, the flags and the desk zone on each view', async () => {
    const store = new MemoryTicketStore();
    const terms = { ...NO_CONTRACT_TERMS, tier: 'gold', name: 'ACME' };
    await store.create({ ...ranked(1, 'P1', { urgentOoh: true, dueIn: null }), terms });
    const [view] = await listTickets(store, defaultDesk());
    expect(view).toMatchObject({
      tier: 'gold',
      customerName: 'ACME',
      urgent: true,
      outOfHours: true,
      bestEffort: true,
      zone: 'Europe/Rome',
    });
  });
});
