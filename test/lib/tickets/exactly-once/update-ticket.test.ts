import { describe, expect, it } from 'vitest';
import { updateTicket } from '../../../../lib/tickets/exactly-once/update-ticket';
import { APPLIED_MAX } from '../../../../lib/tickets/model/applied-changes';
import { MemoryTicketStore } from '../fakes';
import { aTicket } from '../fixtures';

const subject = (text: string) => (t: ReturnType<typeof aTicket>) => ({
  ...t,
  subject: `${t.subject} ${text}`,
});

describe('updateTicket', () => {
  it('applies a change once, however often it is asked', async () => {
    const store = new MemoryTicketStore();
    await store.create(aTicket({ subject: 'x' }));
    await updateTicket(store, '2026-000001', 'c1', subject('a'));
    const again = await updateTicket(store, '2026-000001', 'c1', subject('a'));
    expect(again).toMatchObject({ subject: 'x a', version: 2 });
  });

  it("starts from the caller's read, and rereads when it was stale", async () => {
    const store = new MemoryTicketStore();
    const read = aTicket({ subject: 'x' });
    await store.create(read);
    await updateTicket(store, '2026-000001', 'other', subject('b'));
    const updated = await updateTicket(store, '2026-000001', 'c1', subject('a'), read);
    expect(updated).toMatchObject({ subject: 'x b a', version: 3 });
  });

  it('finds a change applied by an earlier attempt even from a stale read', async () => {
    const store = new MemoryTicketStore();
    const read = aTicket({ subject: 'x' });
    await store.create(read);
    await updateTicket(store, '2026-000001', 'c1', subject('a'));
    expect(await updateTicket(store, '2026-000001', 'c1', subject('a'), read)).toMatchObject({
      subject: 'x a',
    });
  });

  it('keeps the ticket within its bounds on every save', async () => {
    const store = new MemoryTicketStore();
    await store.create(aTicket());
    for (let i = 0; i < APPLIED_MAX + 20; i++) await updateTicket(store, '2026-000001', `c${i}`, (t) => t);
    expect((await store.get('2026-000001'))?.applied).toHaveLength(APPLIED_MAX);
  });
});
