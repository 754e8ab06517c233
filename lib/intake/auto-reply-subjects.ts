import { onFirstUse } from '../on-first-use';
import { escapeRegExp } from './words';

// Subjects that out-of-office and other auto-replies write when they send no Auto-Submitted
// header (RFC 3834 is young, and many servers ignore it). Each entry is how a mailer or a
// language writes it, at the start of the subject (after any "Re:"-style prefix the responder
// kept). No maintained list of these is published as a package the desk can depend on, so this is
// the desk's own, kept in one place and tested per language.
//   Exchange / Outlook: "Automatic reply:", "Risposta automatica:", "Respuesta automática:", ...
//   Lotus Notes / HCL Domino: "AUTO: Jane Doe is out of the office (returning 12/01/2026)"
//   Gmail and most webmails: the user's own subject, with Auto-Submitted (checked elsewhere)
// Phrases no person starts a request with: matched as whole words.
export const AUTO_REPLY_PHRASES: readonly string[] = [
  // English
  'automatic reply',
  'auto reply',
  'auto-reply',
  'autoreply',
  'auto response',
  'auto-response',
  'autoresponse',
  'automated response',
  'automatic response',
  'out of office',
  'out of the office',
  'out-of-office',
  'vacation reply',
  'away from the office',
  // Lotus Notes
  // Italian
  'risposta automatica',
  'fuori ufficio',
  'fuori sede',
  // Spanish
  'respuesta automática',
  'respuesta automatica',
  'fuera de la oficina',
  'fuera de oficina',
  // Portuguese
  'resposta automática',
  'resposta automatica',
  'ausente do escritório',
  'fora do escritório',
  // French
  'réponse automatique',
  'reponse automatique',
  'absence du bureau',
  "message d'absence",
  // German
  'automatische antwort',
  'abwesenheitsnotiz',
  'außer haus',
  'ausser haus',
  'nicht im büro',
  // Dutch
  'automatisch antwoord',
  'automatisch bericht',
  'buiten kantoor',
  'afwezigheidsbericht',
  // Polish
  'automatyczna odpowiedź',
  'odpowiedź automatyczna',
  'autoodpowiedź',
  'poza biurem',
  // Swedish, Danish, Norwegian, Finnish
  'automatiskt svar',
  'autosvar',
  'frånvaromeddelande',
  'automatisk svar',
  'automatisk besked',
  'automaattinen vastaus',
  'poissa toimistolta',
  // Czech, Slovak, Hungarian, Romanian, Turkish, Greek, Russian
  'automatická odpověď',
  'automatická odpoveď',
  'mimo kancelář',
  'automatikus válasz',
  'házon kívül',
  'răspuns automat',
  'raspuns automat',
  'otomatik yanıt',
  'otomatik cevap',
  'ofis dışında',
  'αυτόματη απάντηση',
  'автоматический ответ',
  'автоответ',
  'вне офиса',
  // Hebrew, Arabic, Japanese, Chinese
  'תשובה אוטומטית',
  'מחוץ למשרד',
  'רד אוטומטי',
  'رد تلقائي',
  '自動応答',
  '自動返信',
  '自动回复',
  '自動回覆',
];

// Single words a person might also start with ("Auto", "Absent"): only as a tag, followed by ':',
// a dash, a closing bracket or nothing.
export const AUTO_REPLY_TAGS: readonly string[] = [
  'ooo',
  'on vacation',
  'on holiday',
  'on leave',
  'auto',
  'assente',
  'in ferie',
  'ausente',
  'ausencia',
  'ausência',
  'férias',
  'absent',
  'abwesend',
  'afwezig',
  'niet aanwezig',
  'nieobecność',
  'nieobecny',
  'nieobecna',
  'frånvarande',
  'fraværende',
  'fravær',
  'ikke til stede',
  'lomalla',
  '不在',
  '外出',
];

const prefix = '(?:(?:re|aw|sv|antw|odp|ynt|ответ|תשובה)\\s*:\\s*){0,3}';
const either = (list: readonly string[]) =>
  list.map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+')).join('|');
const head = `^\\s*${prefix}[\\[(]?`;

/** The auto-reply subject pattern: one of the phrases at its start, or one of the tags followed by ':', a dash, a bracket or nothing. */
export function autoReplySubjectPattern(): RegExp {
  return new RegExp(
    `${head}(?:(?:${either(AUTO_REPLY_PHRASES)})(?![\\p{L}\\p{N}])|(?:${either(AUTO_REPLY_TAGS)})(?:[\\])]|\\s*[:\\-–—]|\\s*$))`,
    'iu',
  );
}

// The pattern above is ~1,600 characters, and V8 compiles it on its first use: 7-11 ms of CPU in
// a cold start (Node 24), for every new request. A subject that matches it starts, after the
// same prefix, with the first four characters of one of the phrases or tags, under the same
// flags: this much smaller pattern (~2 ms) is a condition the subject must meet first, so the
// answer is the pattern's, and the pattern is compiled only for a subject that starts like one
// ("Autorisation ...", "Report ..."), never for "Assistenza ..." or "Errore ...".
const AUTO_REPLY_START_LENGTH = 4;
const starts = [
  ...new Set(
    [...AUTO_REPLY_PHRASES, ...AUTO_REPLY_TAGS].map((p) =>
      Array.from(p).slice(0, AUTO_REPLY_START_LENGTH).join(''),
    ),
  ),
];
// The reply prefixes are read here as any number, not at most three: V8 unrolls a bounded repeat
// before a large alternation into a copy of the alternation per count, and compiling that was
// ~3 ms of the cold start against ~1 ms. Any number still admits every subject three admit, so
// the condition still holds for every subject the full pattern matches.
const startPattern = new RegExp(`^\\s*${prefix.replace(/\{0,3\}$/, '*')}[\\[(]?(?:${either(starts)})`, 'iu');
const autoReplySubject = onFirstUse(autoReplySubjectPattern);

/** Whether `subject` starts, after a reply prefix, with the first four characters of a phrase or tag. */
export function startsLikeAutoReply(subject: string): boolean {
  return startPattern.test(subject);
}

/** Whether `subject` is an auto-reply's: autoReplySubjectPattern matches it. */
export function isAutoReplySubject(subject: string): boolean {
  if (!startsLikeAutoReply(subject)) return false;
  return autoReplySubject().test(subject);
}

/** Lotus Notes and Domino: "<name> is out of the office", in the subject after "AUTO:" or alone. */
export const outOfOfficeSentence = /\bis\s+out\s+of\s+(?:the\s+)?office\b/i;
