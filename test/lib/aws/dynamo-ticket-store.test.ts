import { describe, expect, it } from 'vitest';
import { DynamoTicketStore } from '../../../lib/aws/dynamo-ticket-store';
import { StaleTicketError } from '../../../lib/tickets/errors';
import { tablePerTest } from '../../support/dynalite';
import { aTicket, HOUR, MONDAY_10 } from '../tickets/fixtures';

describe('DynamoTicketStore against dynalite', () => {
  let store: DynamoTicketStore;
  tablePerTest((table) => {
    store = new DynamoTicketStore(table);
  });

  it('gives each caller its own number, even when they ask at the same time', async () => {
    const numbers = await Promise.all(Array.from({ length: 20 }, () => store.nextSequence(2031)));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('keeps one counter per year', async () => {
    expect(await store.nextSequence(2032)).toBe(1);
    expect(await store.nextSequence(2033)).toBe(1);
    expect(await store.nextSequence(2032)).toBe(2);
  });

  it('creates a ticket once and reads it back as written', async () => {
    const ticket = aTicket({ number: '2026-000100' });
    expect(await store.create(ticket)).toBe(true);
    expect(await store.create({ ...ticket, subject: 'other' })).toBe(false);
    expect(await store.get('2026-000100')).toEqual(ticket);
  });

  it('answers null for a number nobody created', async () => {
    expect(await store.get('2026-999999')).toBeNull();
  });

  it('saves a change made to the current version and refuses one made to an older one', async () => {
    const ticket = aTicket({ number: '2026-000101' });
    await store.create(ticket);
    await store.save({ ...ticket, status: 'in-progress', version: 2 });
    await expect(store.save({ ...ticket, status: 'resolved', version: 2 })).rejects.toBeInstanceOf(
      StaleTicketError,
    );
    expect((await store.get('2026-000101'))?.status).toBe('in-progress');
  });

  it('lists tickets by status with the nearest deadline first', async () => {
    const later = aTicket({
      number: '2026-000201',
      deadlines: { takeCharge: MONDAY_10 + 9 * HOUR, resolution: null },
    });
    const sooner = aTicket({
      number: '2026-000202',
      deadlines: { takeCharge: MONDAY_10 + HOUR, resolution: null },
    });
    const closed = aTicket({ number: '2026-000203', status: 'closed', closedAt: MONDAY_10 });
    for (const ticket of [later, sooner, closed]) await store.create(ticket);
    const open = await store.list({ statuses: ['open'], dueBefore: MONDAY_10 + 10 * HOUR });
    expect(open.map((t) => t.number)).toEqual(['2026-000202', '2026-000201']);
    const all = await store.list();
    expect(all.map((t) => t.number)).toContain('2026-000203');
    expect(all.at(-1)?.status).not.toBe('open');
  });

  it('lists the tickets awaiting the customer by their status, none of them due', async () => {
    const waiting = aTicket({
      number: '2026-000401',
      status: 'awaiting-customer',
      pauses: [{ start: MONDAY_10, end: null, resumeTo: 'open' }],
    });
    await store.create(waiting);
    expect((await store.list({ statuses: ['awaiting-customer'] })).map((t) => t.number)).toEqual([
      '2026-000401',
    ]);
    const due = await store.list({ statuses: ['awaiting-customer'], dueBefore: MONDAY_10 + 1000 * HOUR });
    expect(due).toEqual([]);
    expect((await store.get('2026-000401'))?.pauses).toEqual(waiting.pauses);
  });

  it('leaves tickets whose deadline is further away out of a due-before listing', async () => {
    const far = aTicket({
      number: '2026-000301',
      deadlines: { takeCharge: MONDAY_10 + 500 * HOUR, resolution: null },
    });
    await store.create(far);
    const due = await store.list({ statuses: ['open'], dueBefore: MONDAY_10 + 100 * HOUR });
    expect(due.map((t) => t.number)).not.toContain('2026-000301');
  });
});
