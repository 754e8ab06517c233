import { InstantSyntaxError } from './errors';
import { dateOf, dayNumberOf, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './local-date';
import type { ZoneClock } from './zone-clock';

/** ISO 8601 instants in and out, by arithmetic: the CLI's batch mode reads and writes many. */

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/** Reads an ISO 8601 instant that carries an offset or Z; throws InstantSyntaxError otherwise. */
export function parseIsoInstant(text: string): number {
  const m = ISO_INSTANT.exec(text);
  if (!m) throw new InstantSyntaxError(text);
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = Number(m[6] ?? 0);
  const dayNumber = dayNumberOf(year!, month!, day!);
  const date = dateOf(dayNumber);
  if (date.month !== month || date.day !== day || hour! > 23 || minute! > 59 || second > 59) {
    throw new InstantSyntaxError(text);
  }
  const offset = m[8]
    ? 0
    : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * MS_PER_HOUR + Number(m[11]) * MS_PER_MINUTE);
  const millis = Number((m[7] ?? '').padEnd(3, '0'));
  return (
    dayNumber * MS_PER_DAY + hour! * MS_PER_HOUR + minute! * MS_PER_MINUTE + second * 1000 + millis - offset
  );
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2026-01-08T18:00:00+01:00`: the instant on the zone's clock, with the zone's offset then. */
export function formatInstant(clock: ZoneClock, at: number): string {
  const offset = clock.offsetAt(at);
  const local = at + offset;
  const dayNumber = Math.floor(local / MS_PER_DAY);
  const { year, month, day } = dateOf(dayNumber);
  const inDay = local - dayNumber * MS_PER_DAY;
  const millis = inDay % 1000;
  const time = `${pad(Math.floor(inDay / MS_PER_HOUR))}:${pad(Math.floor(inDay / MS_PER_MINUTE) % 60)}:${pad(Math.floor(inDay / 1000) % 60)}`;
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / MS_PER_HOUR))}:${pad(Math.floor(abs / MS_PER_MINUTE) % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}${millis ? `.${pad(millis, 3)}` : ''}${zone}`;
}
