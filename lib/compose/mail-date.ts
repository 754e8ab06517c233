import { DateTime } from 'luxon';
import { dateOf, MS_PER_DAY, weekdayOf } from '../calendar/local-date';
import type { Instant } from '../domain/vocabulary';

// An email's Date header, in UTC: what luxon's toRFC2822 writes for the instant in zone 'utc'
// and locale en-US ("Thu, 03 Dec 2026 10:00:00 +0000"), written here from the day number. Luxon
// formatted it at ~4 ms of CPU on the first email of a cold start. Instants outside years
// 1000-9999, where luxon pads or signs the year its own way, still go to luxon, so the text is
// always luxon's (test/lib/compose/mail-date.test.ts compares the two).

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** 1000-01-01T00:00:00Z and 10000-01-01T00:00:00Z. */
const FROM = -30_610_224_000_000;
const UNTIL = 253_402_300_800_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The RFC 5322 date-time of `at` in UTC, as luxon writes it; null where luxon gives none (not a finite instant). */
export function mailDate(at: Instant): string | null {
  if (!Number.isInteger(at) || at < FROM || at >= UNTIL) {
    return DateTime.fromMillis(at, { zone: 'utc', locale: 'en-US' }).toRFC2822();
  }
  const dayNumber = Math.floor(at / MS_PER_DAY);
  const { year, month, day } = dateOf(dayNumber);
  const seconds = Math.floor((at - dayNumber * MS_PER_DAY) / 1000);
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `${DAYS[weekdayOf(dayNumber)]}, ${pad(day)} ${MONTHS[month - 1]} ${year} ${time} +0000`;
}
