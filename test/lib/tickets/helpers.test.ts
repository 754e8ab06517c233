import { describe, expect, it } from 'vitest';
import { REMINDER_KINDS } from '../../../lib/domain/vocabulary';
import { StaleTicketError } from '../../../lib/tickets/errors';
import { updateTicket } from '../../../lib/tickets/exactly-once/update-ticket';
import { headerSection } from '../../../lib/tickets/intake/header-only';
import { formatTicketNumber, nextDue } from '../../../lib/tickets/model/ticket';
import { scheduleName, schedulesFor } from '../../../lib/tickets/reminders/schedule-plan';
import { MemoryTicketStore } from './fakes';
import { aTicket, HOUR, MONDAY_10 } from './fixtures';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('headerSection', () => {
  it.each([
    ['CRLF', 'Subject: a\r\nFrom: b\r\n\r\nbody', 'Subject: a\r\nFrom: b\r\n\r\n'],
    ['LF', 'Subject: a\nFrom: b\n\nbody', 'Subject: a\nFrom: b\n\n'],
    ['no body at all', 'Subject: a\r\nFrom: b', 'Subject: a\r\nFrom: b'],
  ])('cuts a %s message after its blank line', (_, raw, expected) => {
    expect(text(headerSection(new TextEncoder().encode(raw)))).toBe(expected);
  });
});

describe('schedule names', () => {
  it.each(REMINDER_KINDS)('writes %s within Scheduler limits', (kind) => {
    expect(scheduleName('2026-000042', kind)).toMatch(/^[0-9a-zA-Z\-_.]{1,64}$/);
  });

  it('moves a reminder already due to a minute from now', () => {
    const [late, onTime] = schedulesFor(
      '2026-000042',
      [
        { at: MONDAY_10 - HOUR, kind: 'take-charge-warning' },
        { at: MONDAY_10 + HOUR, kind: 'take-charge-due' },
      ],
      'Europe/Rome',
      MONDAY_10,
    );
    expect(late?.at).toBe(MONDAY_10 + 60_000);
    expect(onTime?.at).toBe(MONDAY_10 + HOUR);
  });
});

describe('ticket numbers and due dates', () => {
  it.each([
    [2026, 42, '2026-000042'],
    [2027, 1, '2027-000001'],
    [2026, 999_999, '2026-999999'],
  ])('formats year %i, sequence %i as %s', (year, seq, expected) => {
    expect(formatTicketNumber(year, seq)).toBe(expected);
  });

  it.each([
    ['open: the take-charge deadline', aTicket({ status: 'open' }), MONDAY_10 + 8 * HOUR],
    ['in progress: the resolution deadline', aTicket({ status: 'in-progress' }), MONDAY_10 + 120 * HOUR],
    ['resolved: nothing', aTicket({ status: 'resolved' }), null],
    ['awaiting the customer: nothing, its clocks are paused', aTicket({ status: 'awaiting-customer' }), null],
    [
      'awaiting info: nothing',
      aTicket({ status: 'awaiting-info', deadlines: { takeCharge: null, resolution: null } }),
      null,
    ],
  ])('takes as next due, when %s', (_, ticket, due) => {
    expect(nextDue(ticket)).toBe(due);
  });
});

describe('updateTicket', () => {
  it('applies a change once, however often it is asked', async () => {
    const store = new MemoryTicketStore();
    await store.create(aTicket());
    const addNote = (t: ReturnType<typeof aTicket>) => ({
      ...t,
      notes: [...t.notes, { at: 0, author: 'x', text: 'y' }],
    });
    await updateTicket(store, '2026-000001', 'c1', addNote);
    const again = await updateTicket(store, '2026-000001', 'c1', addNote);
    expect(again.notes).toHaveLength(1);
    expect(again.version).toBe(2);
  });

  it('rereads and reapplies when another writer saved in between', async () => {
    const store = new MemoryTicketStore();
    await store.create(aTicket());
    let raced = false;
    const save = store.save.bind(store);
    store.save = async (ticket) => {
      if (!raced) {
        raced = true;
        await save({ ...aTicket(), subject: 'changed by an operator', version: 2 });
        throw new StaleTicketError(ticket.number, 1);
      }
      return save(ticket);
    };
    const result = await updateTicket(store, '2026-000001', 'c1', (t) => ({ ...t, priority: 'P1' }));
    expect(result).toMatchObject({ subject: 'changed by an operator', priority: 'P1', version: 3 });
  });
});
