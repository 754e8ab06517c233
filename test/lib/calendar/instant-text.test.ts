import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { InstantSyntaxError } from '../../../lib/calendar';
import { formatInstant, parseIsoInstant } from '../../../lib/calendar/instant-text';
import { ZoneClock } from '../../../lib/calendar/zone-clock';

describe('parseIsoInstant', () => {
  it.each([
    ['2026-01-08T12:30:00+01:00', '2026-01-08T11:30:00.000Z'],
    ['2026-01-08T12:30+01:00', '2026-01-08T11:30:00.000Z'],
    ['2026-01-08T12:30:00Z', '2026-01-08T12:30:00.000Z'],
    ['2026-01-08T12:30:00.5-06:00', '2026-01-08T18:30:00.500Z'],
    ['2026-01-08T12:30:00+0530', '2026-01-08T07:00:00.000Z'],
  ])('reads %s', (text, utc) => {
    expect(parseIsoInstant(text)).toBe(Date.parse(utc));
  });

  it.each([
    '2026-01-08T12:30:00',
    '2026-01-08',
    '2026-02-30T10:00:00Z',
    '2026-01-08T24:00:00Z',
    '2026-01-08 12:30:00Z',
    'yesterday',
  ])('rejects %s, naming it', (text) => {
    expect(() => parseIsoInstant(text)).toThrow(InstantSyntaxError);
    expect(() => parseIsoInstant(text)).toThrow(JSON.stringify(text));
  });
});

describe('formatInstant', () => {
  const zones = ['Europe/Rome', 'America/Chicago', 'Asia/Kolkata', 'UTC', 'Australia/Lord_Howe'];

  it('writes what luxon writes, in any zone and at any millisecond', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 1.5e12, max: 2.2e12 }), (zone, instant) => {
        const expected = DateTime.fromMillis(instant, { zone }).toISO({
          suppressMilliseconds: true,
          includeOffset: true,
        })!;
        expect(formatInstant(new ZoneClock(zone), instant)).toBe(expected.replace(/Z$/, '+00:00'));
        expect(parseIsoInstant(formatInstant(new ZoneClock(zone), instant))).toBe(instant);
      }),
    );
  });
});
