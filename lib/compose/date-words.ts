import type { Language } from '../domain/vocabulary';

// Weekday and month names as luxon writes them for `cccc` and `LLLL` (standalone, long): its
// own English, and for Italian what ICU's Intl.DateTimeFormat gives (test/lib/compose/local-time
// compares both with luxon). Written here so that composing an email asks no Intl API: the first
// Intl.DateTimeFormat of a process costs ~10 ms of a cold start.

/** Monday first. */
export const WEEKDAY_NAMES: Readonly<Record<Language, readonly string[]>> = {
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** January first. */
export const MONTH_NAMES: Readonly<Record<Language, readonly string[]>> = {
  it: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
