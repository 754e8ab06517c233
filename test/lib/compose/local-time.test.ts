import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../lib/compose/date-words';
import { localDate, localTime } from '../../../lib/compose/local-time';
import { LANGUAGES, type Language } from '../../../lib/domain/vocabulary';

// What localTime and localDate wrote when luxon formatted them (through the Intl API for Italian):
// the words they write now must be the same.
const luxonPatterns: Readonly<Record<Language, string>> = {
  it: "cccc d LLLL yyyy 'alle' HH:mm",
  en: "cccc d LLLL yyyy 'at' HH:mm",
};
function luxonLocalTime(at: number, zone: string, language: Language): string {
  const time = DateTime.fromMillis(at, { zone }).setLocale(language);
  return `${time.toFormat(luxonPatterns[language])} (${zone}, UTC${time.toFormat('Z')})`;
}
const luxonLocalDate = (date: string, language: Language) =>
  DateTime.fromISO(date).setLocale(language).toFormat('cccc d LLLL yyyy');

const zones = [
  'Europe/Rome',
  'America/Chicago',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'UTC',
];

describe('the weekday and month names', () => {
  it.each(LANGUAGES)('are the ones luxon writes for %s', (language) => {
    // 2026-06-01 is a Monday.
    const weekdays = [...Array(7).keys()].map((d) =>
      DateTime.utc(2026, 6, 1 + d)
        .setLocale(language)
        .toFormat('cccc'),
    );
    const months = [...Array(12).keys()].map((m) =>
      DateTime.utc(2026, m + 1, 1)
        .setLocale(language)
        .toFormat('LLLL'),
    );
    expect(WEEKDAY_NAMES[language]).toEqual(weekdays);
    expect(MONTH_NAMES[language]).toEqual(months);
  });
});

describe('localTime', () => {
  it.each(zones)('writes what luxon wrote for instants in %s, across its offset changes', (zone) => {
    for (let at = Date.UTC(2025, 11, 28); at < Date.UTC(2027, 0, 3); at += 97 * 60_000 + 7_001) {
      for (const language of LANGUAGES)
        expect(localTime(at, zone, language)).toBe(luxonLocalTime(at, zone, language));
    }
  });

  it('writes the examples', () => {
    expect(localTime(Date.UTC(2026, 10, 23, 10), 'Europe/Rome', 'it')).toBe(
      'lunedì 23 novembre 2026 alle 11:00 (Europe/Rome, UTC+1)',
    );
    expect(localTime(Date.UTC(2026, 6, 1, 4, 15), 'Asia/Kathmandu', 'en')).toBe(
      'Wednesday 1 July 2026 at 10:00 (Asia/Kathmandu, UTC+5:45)',
    );
  });

  it('leaves a fixed offset, an unknown zone and an instant that is no number to luxon, as before', () => {
    for (const [at, zone] of [
      [Date.UTC(2026, 0, 5, 9), 'UTC+3'],
      [Date.UTC(2026, 0, 5, 9), 'Europe/Roma'],
      [Number.NaN, 'Europe/Rome'],
    ] as const) {
      expect(localTime(at, zone, 'it')).toBe(luxonLocalTime(at, zone, 'it'));
    }
  });
});

describe('localDate', () => {
  it.each(LANGUAGES)('writes what luxon wrote for every date of 2026 and 2027 in %s', (language) => {
    for (let day = 0; day < 730; day += 1) {
      const date = DateTime.utc(2026, 1, 1).plus({ days: day }).toISODate()!;
      expect(localDate(date, language)).toBe(luxonLocalDate(date, language));
    }
  });

  it('leaves what is not a YYYY-MM-DD date to luxon, as before', () => {
    for (const date of ['2026-02-30', '2026-08-28T10:00', 'tomorrow']) {
      expect(localDate(date, 'en')).toBe(luxonLocalDate(date, 'en'));
    }
  });
});
