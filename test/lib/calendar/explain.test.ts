import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  type BusinessDuration,
  type Calendar,
  explainDeadline,
  formatInZone,
  isOpen,
  parseCalendar,
} from '../../../lib/calendar';
import { at, contractCalendar, weekdays } from './support/calendars';

const rome = parseCalendar({
  timeZone: 'Europe/Rome',
  hours: weekdays('09:00-13:00', '14:30-18:30'),
  holidays: { country: 'IT', region: '62', city: 'RM' },
  closed: ['2026-07-03'],
  special: { '2026-07-02': [], '2026-07-06': ['09:00-12:00'] },
});

const hours = (amount: number): BusinessDuration => ({ amount, unit: 'h' });
const total = (
  cal: Calendar,
  from: string,
  d: BusinessDuration,
  pauses = [] as { start: number; end: number }[],
) => explainDeadline(cal, at(from), d, pauses).counted.reduce((sum, interval) => sum + interval.minutes, 0);

describe('explainDeadline', () => {
  it("explains the issue's Rome example: two business days across a weekend and the patron saints' day", () => {
    expect(explainDeadline(rome, at('2026-06-26T12:00:00+02:00'), { amount: 2, unit: 'd' })).toEqual({
      deadline: '2026-07-01T12:00:00+02:00',
      counted: [
        { from: '2026-06-26T12:00:00+02:00', to: '2026-06-26T13:00:00+02:00', minutes: 60 },
        { from: '2026-06-26T14:30:00+02:00', to: '2026-06-26T18:30:00+02:00', minutes: 240 },
        { from: '2026-06-30T09:00:00+02:00', to: '2026-06-30T13:00:00+02:00', minutes: 240 },
        { from: '2026-06-30T14:30:00+02:00', to: '2026-06-30T18:30:00+02:00', minutes: 240 },
        { from: '2026-07-01T09:00:00+02:00', to: '2026-07-01T12:00:00+02:00', minutes: 180 },
      ],
      skipped: [
        { date: '2026-06-27', reason: 'weekend' },
        { date: '2026-06-28', reason: 'weekend' },
        { date: '2026-06-29', reason: 'holiday', name: 'Santi Pietro e Paolo' },
      ],
      paused: [],
      businessDays: ['2026-06-30', '2026-07-01'],
    });
  });

  it('gives each date without open time its reason: closed, special hours of nothing, weekend', () => {
    const { skipped, deadline } = explainDeadline(rome, at('2026-07-01T18:00:00+02:00'), hours(1));
    expect(deadline).toBe('2026-07-06T09:30:00+02:00');
    expect(skipped).toEqual([
      { date: '2026-07-02', reason: 'special' },
      { date: '2026-07-03', reason: 'closed' },
      { date: '2026-07-04', reason: 'weekend' },
      { date: '2026-07-05', reason: 'weekend' },
    ]);
  });

  it('names a holiday that falls on a weekend as a holiday, since it would close the day anyway', () => {
    // 2 June 2024 (Festa della Repubblica) was a Sunday.
    const { skipped } = explainDeadline(contractCalendar(), at('2024-05-31T18:00:00+02:00'), hours(1));
    expect(skipped).toEqual([
      { date: '2024-06-01', reason: 'weekend' },
      { date: '2024-06-02', reason: 'holiday', name: 'Festa della Repubblica' },
    ]);
  });

  it.each([
    ['2026-01-08T12:30:00+01:00', 4],
    ['2026-01-09T17:30:00+01:00', 2],
    ['2026-12-23T10:17:00+01:00', 37],
    ['2026-03-27T16:00:00+01:00', 9], // across the change to summer time
    ['2026-12-31T18:00:00+01:00', 1], // across New Year
  ])(
    'counts intervals from %s that add up to exactly %ih, each one open, ending at the deadline',
    (from, h) => {
      const cal = contractCalendar();
      const { counted, deadline } = explainDeadline(cal, at(from), hours(h));
      expect(total(cal, from, hours(h))).toBe(h * 60);
      expect(deadline).toBe(formatInZone(cal, addBusinessTime(cal, at(from), hours(h))));
      expect(counted.at(-1)?.to).toBe(deadline);
      for (const interval of counted) expect(isOpen(cal, at(interval.from))).toBe(true);
      const starts = counted.map((interval) => at(interval.from));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    },
  );

  it('joins the intervals of a 24/7 calendar across New Year into one', () => {
    const always = parseCalendar({ timeZone: 'Europe/Rome', hours: '24/7' });
    expect(explainDeadline(always, at('2026-12-31T23:00:00+01:00'), hours(2)).counted).toEqual([
      { from: '2026-12-31T23:00:00+01:00', to: '2027-01-01T01:00:00+01:00', minutes: 120 },
    ]);
  });

  it('takes the pauses out of the counted time and lists them, clipped to the span', () => {
    const pauses = [
      { start: at('2026-01-08T11:00:00+01:00'), end: at('2026-01-08T13:00:00+01:00') },
      { start: at('2026-01-08T12:30:00+01:00'), end: at('2026-01-08T15:00:00+01:00') },
      { start: at('2026-02-01T10:00:00+01:00'), end: at('2026-02-01T11:00:00+01:00') },
    ];
    const cal = contractCalendar();
    const explanation = explainDeadline(cal, at('2026-01-08T12:30:00+01:00'), hours(4), pauses);
    expect(explanation.deadline).toBe('2026-01-09T09:30:00+01:00');
    expect(explanation.paused).toEqual([
      { from: '2026-01-08T12:30:00+01:00', to: '2026-01-08T15:00:00+01:00' },
    ]);
    expect(explanation.counted).toEqual([
      { from: '2026-01-08T15:00:00+01:00', to: '2026-01-08T18:30:00+01:00', minutes: 210 },
      { from: '2026-01-09T09:00:00+01:00', to: '2026-01-09T09:30:00+01:00', minutes: 30 },
    ]);
    expect(total(cal, '2026-01-08T12:30:00+01:00', hours(4), pauses)).toBe(240);
  });

  it('lists no pauses for business days, which pauses do not move', () => {
    const pause = { start: at('2026-01-05T10:00:00+01:00'), end: at('2026-01-05T12:00:00+01:00') };
    const explanation = explainDeadline(
      contractCalendar(),
      at('2026-01-05T10:00:00+01:00'),
      { amount: 2, unit: 'd' },
      [pause],
    );
    expect(explanation.paused).toEqual([]);
    expect(explanation.businessDays).toEqual(['2026-01-07', '2026-01-08']);
    expect(explanation.skipped).toEqual([{ date: '2026-01-06', reason: 'holiday', name: 'Epifania' }]);
  });

  it('explains a union by the reasons of its first part that has one', () => {
    const union = parseCalendar({
      anyOf: [
        { timeZone: 'Europe/Rome', hours: weekdays('09:00-18:00'), holidays: { country: 'IT' } },
        { timeZone: 'Europe/Rome', hours: { mon: ['09:00-18:00'] }, holidays: { country: 'US' } },
      ],
    });
    // Tuesday 6 January: Epiphany in Italy, the US part has no Tuesday hours.
    const { skipped } = explainDeadline(union, at('2026-01-05T17:00:00+01:00'), hours(2));
    expect(skipped).toEqual([{ date: '2026-01-06', reason: 'holiday', name: 'Epifania' }]);
  });

  it('explains a deadline of nothing as the next opening, with nothing counted', () => {
    const explanation = explainDeadline(contractCalendar(), at('2026-01-10T10:00:00+01:00'), hours(0));
    expect(explanation.deadline).toBe('2026-01-12T09:00:00+01:00');
    expect(explanation.counted).toEqual([]);
    expect(explanation.skipped.map((s) => s.reason)).toEqual(['weekend', 'weekend']);
  });
});
