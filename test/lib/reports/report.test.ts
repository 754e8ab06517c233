import { describe, expect, it } from 'vitest';
import { calendarSnapshot, parseCalendar } from '../../../lib/calendar';
import { defaultDesk } from '../../../lib/desk/default-desk';
import { TicketCalendarError, UnknownCalendarError } from '../../../lib/reports/errors';
import type { ReportOptions } from '../../../lib/reports/options';
import { type SlaReport, slaReport } from '../../../lib/reports/report';
import type { ReportRow } from '../../../lib/reports/tally';
import { weekdays } from '../calendar/support/calendars';
import { AT, rome, slaTicket, TICKETS } from './tickets';

const HOUR = 3_600_000;
const desk = defaultDesk();

const options = (o: Partial<ReportOptions> = {}): ReportOptions => ({
  at: AT,
  from: null,
  to: null,
  period: 'month',
  target: 0.9,
  ...o,
});

/** The numbers of a row that matter to a reader, as one comparable list. */
function summary(row: ReportRow | undefined) {
  if (!row) throw new Error('no such row');
  const { tickets, takeCharge: tc, resolution: r, compliant, missed, pending, ratio, targetMet } = row;
  return {
    tickets,
    takeCharge: [tc.met, tc.late, tc.openPastDeadline, tc.pending],
    resolution: [r.met, r.late, r.openPastDeadline, r.pending],
    decided: [compliant, missed, pending],
    ratio,
    targetMet,
  };
}

const month = (report: SlaReport, label: string) => {
  const found = report.periods.find((p) => p.period.label === label);
  if (!found) throw new Error(`no period ${label}`);
  return found;
};

describe('slaReport by month, at 10 November 2026 12:00 in Rome', () => {
  const report = slaReport(TICKETS, desk, options());

  it('covers every month from the first ticket received to the report instant, cut in Rome time', () => {
    expect(report.periods.map((p) => p.period.label)).toEqual(['2026-10', '2026-11']);
    expect([report.from, report.to]).toEqual([rome('2026-10-01T00:00'), AT]);
  });

  it.each([
    [
      '2026-10',
      'overall',
      {
        tickets: 2,
        takeCharge: [1, 1, 0, 0],
        resolution: [2, 0, 0, 0],
        decided: [1, 1, 0],
        ratio: 0.5,
        targetMet: false,
      },
    ],
    [
      '2026-10',
      'P1',
      {
        tickets: 1,
        takeCharge: [1, 0, 0, 0],
        resolution: [1, 0, 0, 0],
        decided: [1, 0, 0],
        ratio: 1,
        targetMet: true,
      },
    ],
    [
      '2026-10',
      'P4',
      {
        tickets: 1,
        takeCharge: [0, 1, 0, 0],
        resolution: [1, 0, 0, 0],
        decided: [0, 1, 0],
        ratio: 0,
        targetMet: false,
      },
    ],
    [
      '2026-10',
      'P2',
      {
        tickets: 0,
        takeCharge: [0, 0, 0, 0],
        resolution: [0, 0, 0, 0],
        decided: [0, 0, 0],
        ratio: null,
        targetMet: null,
      },
    ],
    [
      '2026-11',
      'overall',
      {
        tickets: 2,
        takeCharge: [1, 0, 1, 0],
        resolution: [0, 0, 1, 1],
        decided: [0, 1, 1],
        ratio: 0,
        targetMet: false,
      },
    ],
    [
      '2026-11',
      'P2',
      {
        tickets: 1,
        takeCharge: [1, 0, 0, 0],
        resolution: [0, 0, 0, 1],
        decided: [0, 0, 1],
        ratio: null,
        targetMet: null,
      },
    ],
  ] as const)('counts %s %s', (label, row, expected) => {
    const period = month(report, label);
    expect(summary(row === 'overall' ? period.overall : period.byPriority[row])).toEqual(expected);
  });

  it('gives the median and p90 business time to take charge', () => {
    expect(month(report, '2026-10').overall.takeChargeTime).toEqual({
      count: 2,
      median: (0.5 * HOUR + 17 * HOUR) / 2,
      p90: 17 * HOUR,
    });
    expect(month(report, '2026-11').overall.takeChargeTime).toEqual({ count: 1, median: HOUR, p90: HOUR });
  });

  it('lists best-effort and awaiting-information tickets apart, in the month they were received', () => {
    expect(month(report, '2026-10').excluded.map((t) => [t.number, t.reason])).toEqual([
      ['2026-000003', 'best-effort'],
    ]);
    expect(month(report, '2026-11').excluded.map((t) => [t.number, t.reason])).toEqual([
      ['2026-000006', 'awaiting-info'],
    ]);
  });
});

describe('slaReport options', () => {
  it('meets a lower target with the same tickets', () => {
    const report = slaReport(TICKETS, desk, options({ target: 0.5 }));
    expect(month(report, '2026-10').overall).toMatchObject({ ratio: 0.5, target: 0.5, targetMet: true });
  });

  it('judges as things stood at an earlier instant: later steps and tickets did not exist yet', () => {
    const report = slaReport(TICKETS, desk, options({ at: rome('2026-10-07T12:00') }));
    expect(report.periods.map((p) => p.period.label)).toEqual(['2026-10']);
    expect(summary(report.periods[0]?.overall)).toEqual({
      tickets: 2,
      takeCharge: [1, 0, 0, 1],
      resolution: [1, 0, 0, 1],
      decided: [1, 0, 1],
      ratio: 1,
      targetMet: true,
    });
  });

  it('reports ISO weeks, empty weeks included, from a given start', () => {
    const report = slaReport(
      TICKETS,
      desk,
      options({ period: 'week', from: rome('2026-10-05T00:00'), to: rome('2026-10-26T00:00') }),
    );
    expect(report.periods.map((p) => [p.period.label, p.overall.tickets])).toEqual([
      ['2026-W41', 2],
      ['2026-W42', 0],
      ['2026-W43', 0],
    ]);
  });

  it('keeps tickets received before --from or from --to on out', () => {
    const report = slaReport(
      TICKETS,
      desk,
      options({ from: rome('2026-10-06T00:00'), to: rome('2026-11-09T00:00') }),
    );
    const counted = report.periods.map((p) => p.overall.tickets + p.excluded.length);
    expect(counted).toEqual([1, 2]);
  });

  it('shows the current period, empty, when there are no tickets at all', () => {
    const report = slaReport([], desk, options());
    expect(report.periods.map((p) => [p.period.label, p.overall.ratio])).toEqual([['2026-11', null]]);
  });

  it('names the ticket and the calendar when the desk lacks a ticket calendar', () => {
    const stray = { ...TICKETS[0]!, calendarId: 'chicago' };
    expect(() => slaReport([stray], desk, options())).toThrow(UnknownCalendarError);
    expect(() => slaReport([stray], desk, options())).toThrow(
      /^ticket 2026-000001: the desk has no calendar "chicago"/,
    );
  });
});

describe('slaReport judges each ticket with the calendar it was received with', () => {
  // Received Friday 17:00 on 09:00-18:00 weekdays, taken in charge Monday 10:00: 2 business hours.
  // Since then the desk's calendar became 24/7, which would make it 65 hours.
  const snapshot = calendarSnapshot(
    parseCalendar({ timeZone: 'Europe/Rome', hours: weekdays('09:00-18:00') }),
  );
  const ticket = slaTicket({
    number: '2026-000042',
    received: '2026-11-06T17:00',
    takeChargeBy: '2026-11-09T16:00',
    takenAt: '2026-11-09T10:00',
  });
  const edited = {
    ...desk,
    calendars: new Map([['rome', parseCalendar({ timeZone: 'Europe/Rome', hours: '24/7' })]]),
  };
  const takeChargeMedian = (t: typeof ticket) =>
    month(slaReport([t], edited, options()), '2026-11').overall.takeChargeTime.median;

  it("uses the calendar kept on the ticket, not today's", () => {
    expect(takeChargeMedian({ ...ticket, calendarSnapshot: snapshot })).toBe(2 * HOUR);
  });

  it("uses today's desk calendar for a ticket stored before tickets kept theirs", () => {
    expect(takeChargeMedian(ticket)).toBe(65 * HOUR);
  });

  it('names the ticket when its kept calendar no longer parses', () => {
    const broken = { ...ticket, calendarSnapshot: '{"timeZone":"Mars/Base","hours":{}}' };
    expect(() => slaReport([broken], edited, options())).toThrow(TicketCalendarError);
    expect(() => slaReport([broken], edited, options())).toThrow(
      /^ticket 2026-000042: the calendar it was received with/,
    );
  });
});
