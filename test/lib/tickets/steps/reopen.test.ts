import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../../lib/desk/default-desk';
import type { ReminderKind } from '../../../../lib/domain/vocabulary';
import type { Ticket } from '../../../../lib/tickets/model/ticket';
import { scheduleKind, scheduleName } from '../../../../lib/tickets/reminders/schedule-plan';
import {
  reminderRound,
  reopenedTicket,
  reopenReminders,
  resolutionClockStart,
} from '../../../../lib/tickets/steps/reopen';
import { aTicket, HOUR, MONDAY_10, NO_CONTRACT_TERMS } from '../fixtures';

/** A wall-clock time in Rome in November (UTC+1). */
const rome = (local: string) => Date.parse(`${local}:00+01:00`);
const desk = defaultDesk();

/** A ticket of the default desk's Rome calendar, clock started Monday 23 November 10:00. */
function romeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return aTicket({ calendarId: 'rome', terms: { ...NO_CONTRACT_TERMS, calendarId: 'rome' }, ...overrides });
}

const reopenedAt = (at: number) => [{ at, resolvedAt: at - HOUR, closedAt: null, resolutionDeadline: null }];

describe('reopenedTicket', () => {
  it.each([
    ['taken in charge', romeTicket({ takenInChargeAt: MONDAY_10 }), 'in-progress'],
    ['never taken in charge', romeTicket(), 'open'],
    [
      'whose clock never started',
      romeTicket({
        clockStart: null,
        missingFields: ['url'],
        deadlines: { takeCharge: null, resolution: null },
      }),
      'awaiting-info',
    ],
  ] as const)('puts a resolved ticket %s back as %s', (_, ticket, status) => {
    const resolved = { ...ticket, status: 'resolved' as const, resolvedAt: MONDAY_10 + HOUR };
    expect(reopenedTicket(resolved, MONDAY_10 + 2 * HOUR, null).status).toBe(status);
  });

  it('clears the resolution and closure, keeps the take-charge state, and counts a new round', () => {
    const closed = romeTicket({
      status: 'closed',
      takenInChargeAt: MONDAY_10,
      resolvedAt: MONDAY_10 + HOUR,
      closedAt: MONDAY_10 + 2 * HOUR,
    });
    const once = reopenedTicket(closed, MONDAY_10 + 3 * HOUR, MONDAY_10 + 50 * HOUR);
    const twice = reopenedTicket({ ...once, status: 'resolved' }, MONDAY_10 + 4 * HOUR, null);
    expect(once).toMatchObject({ resolvedAt: null, closedAt: null, takenInChargeAt: MONDAY_10 });
    expect(once.deadlines).toEqual({
      takeCharge: closed.deadlines.takeCharge,
      resolution: MONDAY_10 + 50 * HOUR,
    });
    expect([reminderRound(closed), reminderRound(once), reminderRound(twice)]).toEqual([0, 1, 2]);
    expect(resolutionClockStart(twice)).toBe(MONDAY_10 + 4 * HOUR);
    expect(twice.reopenings[1]?.resolutionDeadline).toBe(MONDAY_10 + 50 * HOUR);
  });
});

describe('reopenReminders (split shift, Rome, 8 business hours a day)', () => {
  const taken = { takenInChargeAt: rome('2026-11-20T11:00'), clockStart: rome('2026-11-20T10:00') };
  it.each<[string, Partial<Ticket>, [string, ReminderKind][]]>([
    [
      'a P3 taken in charge, reopened Monday 10:00: 5 business days from the reopening, warning at 30 h',
      { ...taken, reopenings: reopenedAt(MONDAY_10) },
      [
        ['2026-11-26T17:30', 'resolution-warning'],
        ['2026-11-30T10:00', 'resolution-due'],
      ],
    ],
    [
      'a P1 taken in charge, reopened Monday 10:00: 1 business day, warning at 6 h',
      { ...taken, priority: 'P1', reopenings: reopenedAt(MONDAY_10) },
      [
        ['2026-11-23T17:30', 'resolution-warning'],
        ['2026-11-24T10:00', 'resolution-due'],
      ],
    ],
    [
      'a P3 never taken in charge, reopened Monday 12:00: its take-charge reminders are still ahead',
      { reopenings: reopenedAt(rome('2026-11-23T12:00')) },
      [
        ['2026-11-23T17:30', 'take-charge-warning'],
        ['2026-11-24T10:00', 'take-charge-due'],
        ['2026-11-27T10:00', 'resolution-warning'],
        ['2026-11-30T12:00', 'resolution-due'],
      ],
    ],
    [
      'a P3 never taken in charge, reopened Tuesday 09:30: only the take-charge deadline is ahead',
      { reopenings: reopenedAt(rome('2026-11-24T09:30')) },
      [
        ['2026-11-24T10:00', 'take-charge-due'],
        ['2026-11-27T17:00', 'resolution-warning'],
        ['2026-12-01T09:30', 'resolution-due'],
      ],
    ],
    ['a best-effort ticket: nothing', { bestEffort: true, reopenings: reopenedAt(MONDAY_10) }, []],
    [
      'a ticket back to awaiting information: the nudge, 3 business days after the reopening',
      {
        status: 'awaiting-info',
        clockStart: null,
        missingFields: ['url'],
        deadlines: { takeCharge: null, resolution: null },
        reopenings: reopenedAt(MONDAY_10),
      },
      [['2026-11-26T10:00', 'awaiting-info']],
    ],
    [
      'a ticket whose clock never started, not awaiting information: nothing',
      { clockStart: null, missingFields: [], reopenings: reopenedAt(MONDAY_10) },
      [],
    ],
  ])('schedules, for %s', (_, overrides, expected) => {
    const reminders = reopenReminders(desk, romeTicket(overrides));
    expect(reminders).toEqual(expected.map(([at, kind]) => ({ at: rome(at), kind })));
  });
});

describe('schedule names of a round', () => {
  it.each([
    [0, '2026-000042-resolution-due'],
    [1, '2026-000042-r1-resolution-due'],
    [12, '2026-000042-r12-resolution-due'],
  ])('names round %i %s and reads its kind back', (round, name) => {
    expect(scheduleName('2026-000042', 'resolution-due', round)).toBe(name);
    expect(scheduleKind('2026-000042', name)).toBe('resolution-due');
  });

  it.each([
    ['another ticket', '2026-000043-resolution-due'],
    ['no kind', '2026-000042-r1-lunch'],
    ['a malformed round', '2026-000042-rx-resolution-due'],
  ])('reads no kind from a name of %s', (_, name) => {
    expect(scheduleKind('2026-000042', name)).toBeNull();
  });

  it('stays within Scheduler limits for the longest kind and a large round', () => {
    expect(scheduleName('2026-999999', 'take-charge-warning', 99_999)).toMatch(/^[0-9a-zA-Z\-_.]{1,64}$/);
  });
});
