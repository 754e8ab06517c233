import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ticketYear } from '../../../../lib/tickets/intake/new-ticket';

describe('ticketYear', () => {
  it.each(['Europe/Rome', 'America/Chicago', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])(
    'is the year of receipt in %s, as luxon reads it, around every new year',
    (zone) => {
      for (let year = 2000; year <= 2100; year += 1) {
        const newYear = Date.UTC(year, 0, 1);
        for (let at = newYear - 15 * 3_600_000; at <= newYear + 15 * 3_600_000; at += 1_800_000) {
          expect(ticketYear(at, zone)).toBe(DateTime.fromMillis(at, { zone }).year);
        }
      }
    },
  );

  it('reads 2027 for the first minutes of 2027 in Rome, still 2026 in UTC', () => {
    expect(ticketYear(Date.UTC(2026, 11, 31, 23, 30), 'Europe/Rome')).toBe(2027);
    expect(ticketYear(Date.UTC(2026, 11, 31, 23, 30), 'UTC')).toBe(2026);
  });
});
