import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { instantsWithWallTimeOf, wallTime } from '../../../lib/calendar/wall-time';

const zones = [
  'Europe/Rome',
  'America/Chicago',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'UTC',
];
const MINUTE = 60_000;

/** Every 37 minutes through 2026, and every minute of the days around each change of `zone`. */
function instantsOf(zone: string): number[] {
  const start = Date.UTC(2026, 0, 1);
  const end = Date.UTC(2027, 0, 1);
  const out: number[] = [];
  for (let at = start; at < end; at += 37 * MINUTE) out.push(at + 17_123);
  for (let at = start; at < end; at += 86_400_000) {
    const before = DateTime.fromMillis(at, { zone }).offset;
    if (DateTime.fromMillis(at + 86_400_000, { zone }).offset === before) continue;
    for (let m = -1440; m < 2880; m += 1) out.push(at + m * MINUTE);
  }
  return out;
}

describe('wallTime', () => {
  it.each(zones)('reads the wall clock of %s as luxon does', (zone) => {
    for (const at of instantsOf(zone)) {
      const time = DateTime.fromMillis(at, { zone });
      expect(wallTime(at, zone)).toEqual({
        year: time.year,
        month: time.month,
        day: time.day,
        weekday: time.weekday - 1,
        hour: time.hour,
        minute: time.minute,
        second: time.second,
        offsetMinutes: time.offset,
      });
    }
  });
});

describe('instantsWithWallTimeOf', () => {
  it.each(zones)('finds the instants luxon finds for the wall times of %s', (zone) => {
    for (const at of instantsOf(zone)) {
      const possible = DateTime.fromMillis(at, { zone })
        .getPossibleOffsets()
        .map((time) => time.toMillis());
      expect(instantsWithWallTimeOf(at, zone)).toEqual(possible);
    }
  });

  it('finds two for 02:30 of the night Europe/Rome goes back an hour, one otherwise', () => {
    expect(instantsWithWallTimeOf(Date.UTC(2026, 9, 25, 0, 30), 'Europe/Rome')).toEqual([
      Date.UTC(2026, 9, 25, 0, 30),
      Date.UTC(2026, 9, 25, 1, 30),
    ]);
    expect(instantsWithWallTimeOf(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Rome')).toHaveLength(1);
  });
});
