import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk/default-desk';
import { listTickets } from '../../../lib/tickets/list-tickets';
import { MemoryTicketStore } from './fakes';
import { aTicket, HOUR, MONDAY_10 } from './fixtures';

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
