import { describe, expect, it } from 'vitest';
import { StaleTicketError } from '../../../../lib/tickets/errors';
import { AttemptHistory, flushHistory } from '../../../../lib/tickets/exactly-once/attempt-history';
import { AttemptTickets, forOneAttempt } from '../../../../lib/tickets/exactly-once/attempt-tickets';
import type { TicketMessage } from '../../../../lib/tickets/model/message';
import { MemoryMessageLog, MemoryTicketStore } from '../fakes';
import { aTicket, MONDAY_10 } from '../fixtures';

/** The store, counting its reads. */
function countedStore(): { store: MemoryTicketStore; reads: () => number } {
  const store = new MemoryTicketStore();
  let reads = 0;
  const get = store.get.bind(store);
  store.get = (number) => {
    reads += 1;
    return get(number);
  };
  return { store, reads: () => reads };
}

describe('AttemptTickets: one attempt reads a ticket once', () => {
  it('serves what the attempt read, created or saved without reading again', async () => {
    const { store, reads } = countedStore();
    const ticket = aTicket();
    const attempt = new AttemptTickets(store);
    await attempt.create(ticket);
    expect(await attempt.get(ticket.number)).toEqual(ticket);
    const next = { ...ticket, version: ticket.version + 1, subject: 'changed' };
    await attempt.save(next);
    expect(await attempt.get(ticket.number)).toEqual(next);
    expect(reads()).toBe(0);
    const other = new AttemptTickets(store);
    expect(await other.get(ticket.number)).toEqual(next);
    expect(await other.get(ticket.number)).toEqual(next);
    expect(reads()).toBe(1);
  });

  it('forgets a ticket whose save failed, so the next read sees the change made meanwhile', async () => {
    const { store, reads } = countedStore();
    const ticket = aTicket();
    await store.create(ticket);
    const attempt = new AttemptTickets(store);
    await attempt.get(ticket.number);
    const meanwhile = { ...ticket, version: ticket.version + 1, subject: 'someone else' };
    await store.save(meanwhile);
    await expect(attempt.save({ ...ticket, version: ticket.version + 1 })).rejects.toBeInstanceOf(
      StaleTicketError,
    );
    expect(await attempt.get(ticket.number)).toEqual(meanwhile);
    expect(reads()).toBe(2);
  });

  it('reads a ticket an earlier attempt had made instead of the one it failed to create', async () => {
    const { store } = countedStore();
    const earlier = aTicket({ subject: 'as first made' });
    await store.create(earlier);
    const attempt = new AttemptTickets(store);
    expect(await attempt.create({ ...earlier, subject: 'as made again' })).toBe(false);
    expect((await attempt.get(earlier.number))?.subject).toBe('as first made');
  });

  it('is one per attempt: ports already wrapped are kept, fresh ones wrapped anew', () => {
    const ports = { tickets: new MemoryTicketStore(), messages: new MemoryMessageLog() };
    const own = forOneAttempt(ports);
    expect(own.tickets).toBeInstanceOf(AttemptTickets);
    expect(own.messages).toBeInstanceOf(AttemptHistory);
    expect(forOneAttempt(own)).toBe(own);
    expect(forOneAttempt(ports).tickets).not.toBe(own.tickets);
  });
});

const received: TicketMessage = {
  ticket: '2026-000001',
  id: 'msg#1',
  at: MONDAY_10,
  direction: 'in',
  kind: 'request',
  from: 'anna@example.net',
  to: ['support@example.com'],
  subject: 'Errore',
  messageIds: ['a@mail.example.net'],
  rawId: 'ses-1',
  size: 100,
  truncated: false,
};
const sent: TicketMessage = {
  ...received,
  id: 'msg#1#ack',
  direction: 'out',
  kind: 'acknowledgement',
  messageIds: ['b@email.amazonses.com'],
};

/** The log, counting its writes. */
function countedLog(): { log: MemoryMessageLog; writes: () => number } {
  const log = new MemoryMessageLog();
  let writes = 0;
  const appendAll = log.appendAll.bind(log);
  log.appendAll = (entries) => {
    writes += 1;
    return appendAll(entries);
  };
  return { log, writes: () => writes };
}

describe('AttemptHistory: the history an attempt writes goes out with its next write', () => {
  it('holds what the attempt logs until it writes something anyway, then writes both at once', async () => {
    const { log, writes } = countedLog();
    const history = new AttemptHistory(log);
    await history.append(received);
    expect(await log.history('2026-000001')).toEqual([]);
    expect(await history.find('2026-000001', 'msg#1')).toEqual(received);
    await history.appendAll({ messages: [sent], steps: [] });
    expect(writes()).toBe(1);
    expect((await log.history('2026-000001')).map((m) => m.id)).toEqual(['msg#1', 'msg#1#ack']);
    await history.flush();
    expect(writes()).toBe(1);
  });

  it('writes what waits when the attempt flushes, and before it reads the history', async () => {
    const { log } = countedLog();
    const history = new AttemptHistory(log);
    await history.append(received);
    expect(await history.history('2026-000001')).toEqual([received]);
    await history.append(sent);
    await flushHistory({ messages: history });
    expect(await log.find('2026-000001', 'msg#1#ack')).toEqual(sent);
  });

  it('keeps what waits when a write fails, for the flush that follows', async () => {
    const { log } = countedLog();
    const appendAll = log.appendAll.bind(log);
    let failures = 1;
    log.appendAll = async (entries) => {
      if (failures-- > 0) throw new Error('injected: the table is down');
      return appendAll(entries);
    };
    const history = new AttemptHistory(log);
    await history.append(received);
    await expect(history.appendAll({ messages: [sent], steps: [] })).rejects.toThrow('injected');
    await history.flush();
    expect(await log.find('2026-000001', 'msg#1')).toEqual(received);
  });

  it('reads a written entry from the table once, however often the attempt asks for it', async () => {
    const log = new MemoryMessageLog();
    await log.appendAll({ messages: [sent], steps: [] });
    let reads = 0;
    const find = log.find.bind(log);
    log.find = (ticket, id) => {
      reads += 1;
      return find(ticket, id);
    };
    const history = new AttemptHistory(log);
    expect(await history.find('2026-000001', 'msg#1#ack')).toEqual(sent);
    expect(await history.find('2026-000001', 'msg#1#ack')).toEqual(sent);
    expect(await history.find('2026-000001', 'msg#2#ack')).toBeNull();
    expect(reads).toBe(2);
  });
});
