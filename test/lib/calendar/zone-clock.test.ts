import { IANAZone } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { isIanaZone, ZoneClock } from '../../../lib/calendar/zone-clock';
import { at } from './support/calendars';

const HOUR = 3_600_000;
const rome = new ZoneClock('Europe/Rome');
const day = (iso: string): number => Math.floor(at(`${iso}T00:00:00Z`) / 86_400_000);

describe('isIanaZone', () => {
  it.each([
    ['Europe/Rome', true],
    ['America/Chicago', true],
    ['UTC', true],
    ['Asia/Kolkata', true],
    ['Europe/Roma', false],
    ['GMT-6', false],
    ['Etc/GMT+6', false],
    ['UTC+01:00', false],
    ['+01:00', false],
    ['', false],
  ])('%j is %s', (zone, expected) => {
    expect(isIanaZone(zone)).toBe(expected);
  });

  it('asks luxon once per name, its answer unchanged on later asks', () => {
    const asked = vi.spyOn(IANAZone, 'isValidZone');
    try {
      const answers = ['Pacific/Auckland', 'Europe/Nowhere', 'Pacific/Auckland', 'Europe/Nowhere'].map(
        isIanaZone,
      );
      expect(answers).toEqual([true, false, true, false]);
      expect(asked.mock.calls.map(([zone]) => zone)).toEqual(['Pacific/Auckland', 'Europe/Nowhere']);
    } finally {
      asked.mockRestore();
    }
  });

  it('stays right past the bound on the names it remembers', () => {
    for (let i = 0; i < 1_100; i += 1) expect(isIanaZone(`Nowhere/Place${i}`)).toBe(false);
    expect(isIanaZone('America/Chicago')).toBe(true);
    expect(isIanaZone('GMT-6')).toBe(false);
  });
});

describe('ZoneClock', () => {
  it.each([
    {
      name: 'an ordinary day',
      date: '2026-03-22',
      from: 9,
      to: 18,
      spans: [['2026-03-22T08:00:00Z', '2026-03-22T17:00:00Z']],
    },
    { name: 'the skipped hour of the spring change', date: '2026-03-29', from: 2, to: 3, spans: [] },
    {
      name: 'a night across the spring change',
      date: '2026-03-29',
      from: 0,
      to: 6,
      spans: [
        ['2026-03-28T23:00:00Z', '2026-03-29T01:00:00Z'],
        ['2026-03-29T01:00:00Z', '2026-03-29T04:00:00Z'],
      ],
    },
    {
      name: 'the repeated hour of the autumn change, twice',
      date: '2026-10-25',
      from: 2,
      to: 3,
      spans: [
        ['2026-10-25T00:00:00Z', '2026-10-25T01:00:00Z'],
        ['2026-10-25T01:00:00Z', '2026-10-25T02:00:00Z'],
      ],
    },
  ])('maps local hours to real spans on $name', ({ date, from, to, spans }) => {
    const expected = spans.map(([start, end]) => [at(start!), at(end!)]);
    expect(rome.spansOn(day(date), from * HOUR, to * HOUR)).toEqual(expected);
  });

  it.each([
    { name: 'an ordinary clock time', date: '2026-03-22', clock: 10, utc: '2026-03-22T09:00:00Z' },
    {
      name: 'a skipped clock time, as the end of the gap',
      date: '2026-03-29',
      clock: 2.5,
      utc: '2026-03-29T01:00:00Z',
    },
    {
      name: 'a repeated clock time, at its first occurrence',
      date: '2026-10-25',
      clock: 2.5,
      utc: '2026-10-25T00:30:00Z',
    },
    {
      name: 'a clock time after the autumn change',
      date: '2026-10-25',
      clock: 10,
      utc: '2026-10-25T09:00:00Z',
    },
  ])('finds the instant of $name', ({ date, clock, utc }) => {
    expect(rome.toUtc(day(date), clock * HOUR)).toBe(at(utc));
  });

  it('reads the local date and clock of an instant', () => {
    expect(new ZoneClock('America/Chicago').localClock(at('2026-03-08T08:30:00Z'))).toEqual({
      dayNumber: day('2026-03-08'),
      clockMs: 3.5 * HOUR,
    });
  });

  it('gives half-hour offsets exactly', () => {
    expect(new ZoneClock('Asia/Kolkata').offsetAt(at('2026-06-01T00:00:00Z'))).toBe(5.5 * HOUR);
  });
});
