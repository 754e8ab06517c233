import { DateTime } from 'luxon';
import { dateOf, parseIsoDate, weekdayOf } from '../calendar/local-date';
import { type WallTime, wallTime } from '../calendar/wall-time';
import { isIanaZone } from '../calendar/zone-clock';
import type { Instant, Language } from '../domain/vocabulary';
import { MONTH_NAMES, WEEKDAY_NAMES } from './date-words';

// The patterns are luxon's, and so is the text: for an IANA zone and a calendar date the words
// are written here from the zone's clock (no Intl API, see date-words.ts), anything else goes to
// luxon as before. test/lib/compose/local-time.test.ts checks both give the same text.
const patterns: Readonly<Record<Language, string>> = {
  it: "cccc d LLLL yyyy 'alle' HH:mm",
  en: "cccc d LLLL yyyy 'at' HH:mm",
};
const atWord: Readonly<Record<Language, string>> = { it: 'alle', en: 'at' };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `cccc d LLLL yyyy`. */
function dateWords(date: { year: number; month: number; day: number }, weekday: number, language: Language) {
  return `${WEEKDAY_NAMES[language][weekday]} ${date.day} ${MONTH_NAMES[language][date.month - 1]} ${pad(date.year, 4)}`;
}

/** Luxon's narrow offset (`Z`): +1, -5, +5:30, +0. */
function narrowOffset(minutes: number): string {
  const hours = Math.trunc(Math.abs(minutes / 60));
  const rest = Math.trunc(Math.abs(minutes % 60));
  return `${minutes >= 0 ? '+' : '-'}${hours}${rest > 0 ? `:${rest}` : ''}`;
}

function wallTimeWords(time: WallTime, language: Language): string {
  return `${dateWords(time, time.weekday, language)} ${atWord[language]} ${pad(time.hour)}:${pad(time.minute)}`;
}

/** An instant in a zone, for people: "lunedì 23 novembre 2026 alle 11:00 (Europe/Rome, UTC+1)". */
export function localTime(at: Instant, timeZone: string, language: Language): string {
  if (Number.isFinite(at) && isIanaZone(timeZone)) {
    const time = wallTime(at, timeZone);
    return `${wallTimeWords(time, language)} (${timeZone}, UTC${narrowOffset(time.offsetMinutes)})`;
  }
  const time = DateTime.fromMillis(at, { zone: timeZone }).setLocale(language);
  return `${time.toFormat(patterns[language])} (${timeZone}, UTC${time.toFormat('Z')})`;
}

const datePatterns: Readonly<Record<Language, string>> = { it: 'cccc d LLLL yyyy', en: 'cccc d LLLL yyyy' };

/** A calendar date (`YYYY-MM-DD`) for people: "venerdì 28 agosto 2026". */
export function localDate(date: string, language: Language): string {
  const dayNumber = parseIsoDate(date);
  if (dayNumber !== undefined) return dateWords(dateOf(dayNumber), weekdayOf(dayNumber), language);
  return DateTime.fromISO(date).setLocale(language).toFormat(datePatterns[language]);
}
