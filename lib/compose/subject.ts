import type { Language } from '../domain/vocabulary';
import { baseSubject } from '../intake/thread';
import { headerSafe } from './header-safe';

/** The ticket token written in every subject the desk sends: `[#2026-000042]`. */
export function ticketToken(ticketNumber: string): string {
  return `[#${ticketNumber}]`;
}

const fallbackSubject: Readonly<Record<Language, string>> = {
  it: 'Richiesta di assistenza',
  en: 'Support request',
};

/** `[#2026-000042] <customer's subject>`: prefixes and old tokens dropped, header-safe. */
export function ticketSubject(ticketNumber: string, customerSubject: string, language: Language): string {
  const base = headerSafe(baseSubject(headerSafe(customerSubject, 1000))) || fallbackSubject[language];
  return `${ticketToken(ticketNumber)} ${base}`;
}
