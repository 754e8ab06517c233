import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { atExpression } from '../../../lib/aws/schedule-expression';

// What atExpression wrote when luxon read the zone: the expressions written now must be the same.
const AT_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";
function luxonAtExpression(at: number, timeZone: string) {
  const local = DateTime.fromMillis(at, { zone: timeZone });
  if (local.getPossibleOffsets().length === 1)
    return { expression: `at(${local.toFormat(AT_FORMAT)})`, timeZone };
  return {
    expression: `at(${DateTime.fromMillis(at, { zone: 'UTC' }).toFormat(AT_FORMAT)})`,
    timeZone: 'UTC',
  };
}

describe('atExpression', () => {
  it.each(['Europe/Rome', 'America/Chicago', 'Australia/Lord_Howe', 'UTC'])(
    'writes what luxon wrote for instants in %s, every minute of the nights its clocks change',
    (zone) => {
      for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 3 * 3_600_000 + 61_003) {
        expect(atExpression(at, zone)).toEqual(luxonAtExpression(at, zone));
      }
      for (const night of [Date.UTC(2026, 2, 28, 12), Date.UTC(2026, 9, 24, 12), Date.UTC(2026, 3, 4, 6)]) {
        for (let at = night; at < night + 36 * 3_600_000; at += 60_000) {
          expect(atExpression(at, zone)).toEqual(luxonAtExpression(at, zone));
        }
      }
    },
  );

  it('writes the hour repeated when Europe/Rome goes back in UTC, any other in the zone', () => {
    expect(atExpression(Date.UTC(2026, 9, 25, 0, 30), 'Europe/Rome')).toEqual({
      expression: 'at(2026-10-25T00:30:00)',
      timeZone: 'UTC',
    });
    expect(atExpression(Date.UTC(2026, 9, 25, 2, 30, 15), 'Europe/Rome')).toEqual({
      expression: 'at(2026-10-25T03:30:15)',
      timeZone: 'Europe/Rome',
    });
  });

  it('leaves a fixed offset to luxon, as before', () => {
    expect(atExpression(Date.UTC(2026, 0, 5, 9), 'UTC+3')).toEqual(
      luxonAtExpression(Date.UTC(2026, 0, 5, 9), 'UTC+3'),
    );
  });
});
