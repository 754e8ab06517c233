import { describe, expect, it } from 'vitest';
import {
  APPLIED_MAX,
  boundApplied,
  lastLifecycleChange,
} from '../../../../lib/tickets/model/applied-changes';
import {
  boundedTicket,
  CUSTOMER_IDS_LATEST,
  firstAndLatest,
  MESSAGE_ID_MAX,
  NOTE_MAX_BYTES,
  NOTES_FIRST,
  NOTES_LATEST,
} from '../../../../lib/tickets/model/ticket-bounds';
import { aTicket, MONDAY_10 } from '../fixtures';

const ids = (n: number, prefix = 'msg#') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('boundApplied', () => {
  it('keeps every id while there are few', () => {
    expect(boundApplied(ids(3))).toEqual(ids(3));
  });

  it(`keeps the latest ${APPLIED_MAX}, oldest first`, () => {
    const kept = boundApplied(ids(APPLIED_MAX + 10));
    expect(kept).toHaveLength(APPLIED_MAX);
    expect(kept[0]).toBe('msg#10');
    expect(kept.at(-1)).toBe(`msg#${APPLIED_MAX + 9}`);
  });

  it('keeps the latest lifecycle step however many changes followed it', () => {
    const applied = ['take-charge#2', 'resolve#5', ...ids(APPLIED_MAX * 3)];
    const kept = boundApplied(applied);
    expect(kept).toHaveLength(APPLIED_MAX);
    expect(kept[0]).toBe('resolve#5');
    expect(lastLifecycleChange(kept)).toBe('resolve#5');
    expect(kept.at(-1)).toBe(`msg#${APPLIED_MAX * 3 - 1}`);
  });

  it('finds no lifecycle step in ids that only look like one', () => {
    expect(lastLifecycleChange(['unschedule#resolve#5', 'reschedule#reopen#7', 'resolve#x'])).toBeNull();
  });
});

describe('boundedTicket', () => {
  it(`keeps the customer's first Message-ID and the latest ${CUSTOMER_IDS_LATEST}`, () => {
    const ticket = boundedTicket(aTicket({ customerMessageIds: ids(40, 'id-') }));
    expect(ticket.customerMessageIds).toHaveLength(1 + CUSTOMER_IDS_LATEST);
    expect(ticket.customerMessageIds[0]).toBe('id-0');
    expect(ticket.customerMessageIds.at(-1)).toBe('id-39');
  });

  it('keeps no Message-ID too long to be a real one', () => {
    const long = `${'x'.repeat(MESSAGE_ID_MAX)}@example.net`;
    expect(boundedTicket(aTicket({ customerMessageIds: ['a@b', long] })).customerMessageIds).toEqual(['a@b']);
  });

  it('keeps the first and the latest notes, each cut to its limit', () => {
    const notes = Array.from({ length: 30 }, (_, i) => ({
      at: MONDAY_10 + i,
      author: 'desk',
      text: `n${i}`,
    }));
    notes[29] = { at: MONDAY_10 + 29, author: 'desk', text: 'è'.repeat(NOTE_MAX_BYTES) };
    const kept = boundedTicket(aTicket({ notes })).notes;
    expect(kept).toHaveLength(NOTES_FIRST + NOTES_LATEST);
    expect(kept.map((n) => n.text.slice(0, 3))).toEqual([
      'n0',
      'n1',
      'n2',
      'n25',
      'n26',
      'n27',
      'n28',
      'èèè',
    ]);
    expect(new TextEncoder().encode(kept.at(-1)?.text).length).toBeLessThanOrEqual(NOTE_MAX_BYTES);
  });

  it('takes the first and the latest items of any list in order', () => {
    expect(firstAndLatest([1, 2, 3, 4, 5, 6], 1, 2)).toEqual([1, 5, 6]);
    expect(firstAndLatest([1, 2, 3], 1, 2)).toEqual([1, 2, 3]);
  });
});
