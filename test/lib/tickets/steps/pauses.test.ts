import { describe, expect, it } from 'vitest';
import { calendarSnapshot, parseCalendar } from '../../../../lib/calendar';
import { defaultDesk } from '../../../../lib/desk/default-desk';
import { readTicket } from '../../../../lib/tickets/model/ticket-schema';
import { scheduleKind, scheduleName } from '../../../../lib/tickets/reminders/schedule-plan';
import {
  endedPause,
  movedDeadline,
  pausedSpans,
  pausedTicket,
  resumedDeadlines,
  ticketCalendar,
} from '../../../../lib/tickets/steps/pauses';
import { resumedChange } from '../../../../lib/tickets/steps/resume';
import { aTicket } from '../fixtures';

/** A wall-clock time in Rome in November (UTC+1). */
const rome = (local: string) => Date.parse(`${local}:00+01:00`);
const calendar = ticketCalendar(aTicket({ calendarId: 'rome' }), defaultDesk());

describe('movedDeadline (Mon-Fri 09:00-13:00 and 14:30-18:30 in Rome)', () => {
  it.each([
    // paused business time: 18:00-18:30 and 09:00-10:00, the closed evening in between is not counted
    [
      'across a closed evening',
      '2026-11-23T18:00',
      '2026-11-24T10:00',
      '2026-11-24T12:00',
      '2026-11-24T15:00',
    ],
    // paused business time: Friday 17:00-18:30 and Monday 09:00-09:30; the weekend is not counted
    ['across a weekend', '2026-11-27T17:00', '2026-11-30T09:30', '2026-11-30T11:00', '2026-11-30T13:00'],
    [
      'a deadline inside the pause: the hour it had left',
      '2026-11-27T17:00',
      '2026-11-30T09:30',
      '2026-11-27T18:00',
      '2026-11-30T10:30',
    ],
    [
      'a pause at lunch only: nothing to move',
      '2026-11-24T13:00',
      '2026-11-24T14:30',
      '2026-11-24T16:00',
      '2026-11-24T16:00',
    ],
    [
      'a deadline already passed when the clocks stopped stays',
      '2026-11-24T11:00',
      '2026-11-24T15:00',
      '2026-11-24T10:00',
      '2026-11-24T10:00',
    ],
  ])('%s', (_, start, end, deadline, moved) => {
    expect(movedDeadline(calendar, rome(deadline), { start: rome(start), end: rome(end) })).toBe(rome(moved));
  });

  it("counts with the ticket's own calendar snapshot, not today's desk calendar", () => {
    const allDay = parseCalendar({ timeZone: 'Europe/Rome', hours: '24/7' });
    const ticket = aTicket({ calendarSnapshot: calendarSnapshot(allDay) });
    const pause = { start: rome('2026-11-23T20:00'), end: rome('2026-11-23T22:00') };
    expect(movedDeadline(ticketCalendar(ticket, defaultDesk()), rome('2026-11-24T08:00'), pause)).toBe(
      rome('2026-11-24T10:00'),
    );
  });
});

describe('resumedDeadlines', () => {
  const pause = { start: rome('2026-11-23T11:00'), end: rome('2026-11-23T15:00') };
  const deadlines = { takeCharge: rome('2026-11-24T10:00'), resolution: rome('2026-11-30T10:00') };

  it('moves both deadlines of a ticket not yet taken in charge by the paused 2h30', () => {
    expect(resumedDeadlines(aTicket({ deadlines }), calendar, pause)).toEqual({
      takeCharge: rome('2026-11-24T12:30'),
      resolution: rome('2026-11-30T12:30'),
    });
  });

  it('keeps the take-charge deadline of a ticket already taken in charge', () => {
    const taken = aTicket({ deadlines, takenInChargeAt: rome('2026-11-23T10:30'), status: 'in-progress' });
    expect(resumedDeadlines(taken, calendar, pause)).toEqual({
      takeCharge: deadlines.takeCharge,
      resolution: rome('2026-11-30T12:30'),
    });
  });

  it('has nothing to move on a ticket without deadlines', () => {
    const none = { takeCharge: null, resolution: null };
    expect(resumedDeadlines(aTicket({ deadlines: none }), calendar, pause)).toEqual(none);
  });
});

describe('the pauses on a ticket', () => {
  it('opens one, ends it, and gives the spans the calendar engine takes out', () => {
    const paused = pausedTicket(aTicket({ status: 'in-progress' }), rome('2026-11-23T11:00'));
    expect(paused).toMatchObject({ status: 'awaiting-customer' });
    expect(pausedSpans(paused, rome('2026-11-23T12:00'))).toEqual([
      { start: rome('2026-11-23T11:00'), end: rome('2026-11-23T12:00') },
    ]);
    const ended = endedPause(paused, rome('2026-11-23T15:00'));
    expect(ended.pauses).toEqual([
      { start: rome('2026-11-23T11:00'), end: rome('2026-11-23T15:00'), resumeTo: 'in-progress' },
    ]);
    expect(endedPause(ended, rome('2026-11-24T15:00'))).toBe(ended);
  });
});

describe('resumedChange', () => {
  const asked = pausedTicket(
    aTicket({ deadlines: { takeCharge: rome('2026-11-24T10:00'), resolution: rome('2026-11-30T10:00') } }),
    rome('2026-11-23T11:00'),
  );

  it('ends the pause at the reply, back to where it was, with the warnings and dues of the moved deadlines', () => {
    const change = resumedChange(asked, rome('2026-11-23T15:00'), calendar, defaultDesk());
    expect(change).toEqual({
      kind: 'resumed',
      at: rome('2026-11-23T15:00'),
      pause: 1,
      status: 'open',
      deadlines: { takeCharge: rome('2026-11-24T12:30'), resolution: rome('2026-11-30T12:30') },
      reminders: [
        // 75 % of the 8 business hours, net of the pause: Monday 17:30 moved by the paused 2h30
        { at: rome('2026-11-24T10:30'), kind: 'take-charge-warning' },
        { at: rome('2026-11-24T12:30'), kind: 'take-charge-due' },
        { at: rome('2026-11-27T10:30'), kind: 'resolution-warning' },
        { at: rome('2026-11-30T12:30'), kind: 'resolution-due' },
      ],
      // A ticket stored before targets: its two deadlines stand for them, moved alike.
      targets: [
        {
          name: 'takeCharge',
          start: asked.clockStart,
          due: rome('2026-11-24T12:30'),
          warning: rome('2026-11-24T10:30'),
          metAt: null,
          promised: true,
        },
        {
          name: 'resolution',
          start: asked.clockStart,
          due: rome('2026-11-30T12:30'),
          warning: rome('2026-11-27T10:30'),
          metAt: null,
          promised: true,
        },
      ],
    });
  });

  it('plans no reminder already sent in this round', () => {
    const warned = {
      ...asked,
      remindersSent: [{ kind: 'take-charge-warning' as const, at: rome('2026-11-23T10:50') }],
    };
    const kinds = resumedChange(warned, rome('2026-11-23T15:00'), calendar, defaultDesk())?.reminders.map(
      (r) => r.kind,
    );
    expect(kinds).toEqual(['take-charge-due', 'resolution-warning', 'resolution-due']);
  });

  it('leaves a message received before the question to be appended', () => {
    expect(resumedChange(asked, rome('2026-11-23T10:59'), calendar, defaultDesk())).toBeNull();
    expect(resumedChange(aTicket(), rome('2026-11-23T15:00'), calendar, defaultDesk())).toBeNull();
  });
});

describe('schedule names of a pause', () => {
  it.each([
    [0, 1, 'awaiting-customer', '2026-000042-p1-awaiting-customer'],
    [0, 3, 'take-charge-due', '2026-000042-p3-take-charge-due'],
    [2, 4, 'resolution-warning', '2026-000042-r2-p4-resolution-warning'],
  ] as const)('names round %i, pause %i, %s as %s and reads its kind back', (round, pause, kind, name) => {
    expect(scheduleName('2026-000042', kind, round, pause)).toBe(name);
    expect(scheduleKind('2026-000042', name)).toBe(kind);
  });

  it('stays within Scheduler limits for the longest kind, a large round and a large pause', () => {
    expect(scheduleName('2026-999999', 'take-charge-warning', 99_999, 99_999)).toMatch(
      /^[0-9a-zA-Z\-_.]{1,64}$/,
    );
  });
});

describe('a ticket stored before pauses were recorded', () => {
  it('reads as never paused; pauses and the nudge of each pause are kept', () => {
    const { pauses: _, ...older } = aTicket();
    expect(readTicket(JSON.parse(JSON.stringify(older)))).toEqual({ ticket: aTicket() });
    const paused = aTicket({
      status: 'awaiting-customer',
      pauses: [
        { start: 1000, end: 2000, resumeTo: 'in-progress' },
        { start: 3000, end: null, resumeTo: 'open' },
      ],
      remindersSent: [{ kind: 'awaiting-customer', at: 2500, pause: 2 }],
    });
    expect(readTicket(JSON.parse(JSON.stringify(paused)))).toEqual({ ticket: paused });
  });

  it('names the field of a pause that returns nowhere', () => {
    const bad = {
      ...JSON.parse(JSON.stringify(aTicket())),
      pauses: [{ start: 1, end: null, resumeTo: 'closed' }],
    };
    const result = readTicket(bad);
    expect('problem' in result && result.problem).toMatch(/^pauses\.0\.resumeTo: /);
  });
});
