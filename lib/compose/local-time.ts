import { DateTime } from 'luxon';
import type { Instant, Language } from '../domain/vocabulary';

const patterns: Readonly<Record<Language, string>> = {
  it: "cccc d LLLL yyyy 'alle' HH:mm",
  en: "cccc d LLLL yyyy 'at' HH:mm",
};

/** An instant in a zone, for people: "lunedì 23 novembre 2026 alle 11:00 (Europe/Rome, UTC+1)". */
export function localTime(at: Instant, timeZone: string, language: Language): string {
  const time = DateTime.fromMillis(at, { zone: timeZone }).setLocale(language);
  return `${time.toFormat(patterns[language])} (${timeZone}, UTC${time.toFormat('Z')})`;
}

const datePatterns: Readonly<Record<Language, string>> = { it: 'cccc d LLLL yyyy', en: 'cccc d LLLL yyyy' };

/** A calendar date (`YYYY-MM-DD`) for people: "venerdì 28 agosto 2026". */
export function localDate(date: string, language: Language): string {
  return DateTime.fromISO(date).setLocale(language).toFormat(datePatterns[language]);
}
