import { describe, expect, it } from 'vitest';
import type { RequiredField } from '../../../../lib/domain/vocabulary';
import { applyReplyChange, isFromCustomer, replyChange } from '../../../../lib/tickets/intake/reply-change';
import { aTicket, HOUR, MONDAY_10 } from '../fixtures';

const plan = (start: number) => ({
  deadlines: { takeCharge: start + HOUR, resolution: start + 9 * HOUR },
  reminders: [{ at: start + HOUR, kind: 'take-charge-due' as const }],
});
const noResume = () => null;
const awaiting = aTicket({
  status: 'awaiting-info',
  missingFields: ['url', 'screenshot'],
  clockStart: null,
  deadlines: { takeCharge: null, resolution: null },
});

describe('replyChange', () => {
  it.each<[string, RequiredField[], string]>([
    ['supplies everything missing', ['url', 'screenshot'], 'completed'],
    ['supplies part of it', ['url'], 'still-missing'],
    ['supplies nothing asked', ['browser'], 'still-missing'],
  ])('on an awaiting-info ticket, a reply that %s is %s', (_, supplied, kind) => {
    expect(replyChange(awaiting, supplied, MONDAY_10, plan, noResume).kind).toBe(kind);
  });

  it('starts the clock from the reply that completes the request', () => {
    expect(replyChange(awaiting, ['url', 'screenshot'], MONDAY_10 + 5 * HOUR, plan, noResume)).toEqual({
      kind: 'completed',
      clockStart: MONDAY_10 + 5 * HOUR,
      deadlines: { takeCharge: MONDAY_10 + 6 * HOUR, resolution: MONDAY_10 + 14 * HOUR },
      reminders: [{ at: MONDAY_10 + 6 * HOUR, kind: 'take-charge-due' }],
    });
  });

  it.each([
    ['resolved', 'reopened'],
    ['open', 'appended'],
    ['in-progress', 'appended'],
  ] as const)('on a %s ticket is %s', (status, kind) => {
    expect(replyChange(aTicket({ status }), [], MONDAY_10, plan, noResume).kind).toBe(kind);
  });

  it('reopens a resolved ticket with a fresh resolution clock from the reply', () => {
    const resolved = aTicket({ status: 'resolved', resolvedAt: MONDAY_10 });
    expect(replyChange(resolved, [], MONDAY_10 + 30 * HOUR, plan, noResume)).toEqual({
      kind: 'reopened',
      at: MONDAY_10 + 30 * HOUR,
      resolution: MONDAY_10 + 39 * HOUR,
    });
  });

  it('reopens a resolved ticket whose clock never started without any deadline', () => {
    const resolved = { ...awaiting, status: 'resolved' as const, resolvedAt: MONDAY_10 };
    expect(replyChange(resolved, [], MONDAY_10 + 30 * HOUR, plan, noResume)).toMatchObject({
      resolution: null,
    });
  });
});

describe('applyReplyChange', () => {
  it('keeps the reply Message-ID once for threading', () => {
    const once = applyReplyChange(aTicket(), { kind: 'appended' }, 'r1@example.net');
    expect(applyReplyChange(once, { kind: 'appended' }, 'r1@example.net').customerMessageIds).toEqual([
      'first@example.net',
      'r1@example.net',
    ]);
  });

  const reopening = {
    kind: 'reopened',
    at: MONDAY_10 + 30 * HOUR,
    resolution: MONDAY_10 + 99 * HOUR,
  } as const;

  it.each([
    ['never taken in charge', null, 'open'],
    ['taken in charge before', MONDAY_10, 'in-progress'],
  ] as const)('reopens a resolved ticket %s as %s', (_, takenInChargeAt, status) => {
    const resolved = aTicket({ status: 'resolved', resolvedAt: MONDAY_10 + HOUR, takenInChargeAt });
    expect(applyReplyChange(resolved, reopening, null)).toMatchObject({
      status,
      resolvedAt: null,
      takenInChargeAt,
    });
  });

  it('gives the reopened ticket its new resolution deadline and keeps the take-charge one', () => {
    const resolved = aTicket({ status: 'resolved', resolvedAt: MONDAY_10 + HOUR });
    expect(applyReplyChange(resolved, reopening, null).deadlines).toEqual({
      takeCharge: resolved.deadlines.takeCharge,
      resolution: MONDAY_10 + 99 * HOUR,
    });
  });

  it('records the round the reopening ended, for reports', () => {
    const resolved = aTicket({ status: 'resolved', resolvedAt: MONDAY_10 + HOUR });
    expect(applyReplyChange(resolved, reopening, null).reopenings).toEqual([
      {
        at: MONDAY_10 + 30 * HOUR,
        resolvedAt: MONDAY_10 + HOUR,
        closedAt: null,
        resolutionDeadline: resolved.deadlines.resolution,
      },
    ]);
  });
});

describe('isFromCustomer', () => {
  it.each([
    ['the customer', 'anna@example.net', false, true],
    ['the customer in capitals', 'Anna@Example.NET', false, true],
    ['a colleague, domains not allowed', 'marco@example.net', false, false],
    ['a colleague, domains allowed', 'marco@example.net', true, true],
    ['another domain, domains allowed', 'eve@example.org', true, false],
    ['nobody', null, true, false],
  ] as const)('says %s is %s', (_, sender, sameDomain, expected) => {
    expect(isFromCustomer(aTicket(), sender, sameDomain)).toBe(expected);
  });
});
