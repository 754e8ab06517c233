/**
 * Calendar dates as day numbers (days since 1970-01-01), by pure arithmetic: the engine
 * handles dates without the clock and without a time-zone library (H. Hinnant's algorithms).
 */

/** A proleptic Gregorian date. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
export const MINUTES_PER_DAY = 1440;

/** The day number of a date (1970-01-01 is 0). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number. */
export function dateOf(dayNumber: number): LocalDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

/** Day of the week, 0 = Monday .. 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a strict `YYYY-MM-DD` that names a real date, else undefined. */
export function parseIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = dayNumberOf(year, month, day);
  const back = dateOf(dayNumber);
  return back.year === year && back.month === month && back.day === day ? dayNumber : undefined;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a day number. */
export function formatIsoDate(dayNumber: number): string {
  const { year, month, day } = dateOf(dayNumber);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A month as one number, counted from January of year 0: year × 12 + month − 1. */
export function monthIndexOf(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** The month index of the local date `dayNumber`. */
export function monthIndexOfDay(dayNumber: number): number {
  const { year, month } = dateOf(dayNumber);
  return monthIndexOf(year, month);
}
