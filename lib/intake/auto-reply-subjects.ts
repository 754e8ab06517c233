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
const phrases = [
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
const tags = [
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

/** An auto-reply subject: one of the phrases at its start, or one of the tags followed by ':', a dash, a bracket or nothing. */
export const autoReplySubject = new RegExp(
  `^\\s*${prefix}[\\[(]?(?:(?:${either(phrases)})(?![\\p{L}\\p{N}])|(?:${either(tags)})(?:[\\])]|\\s*[:\\-–—]|\\s*$))`,
  'iu',
);

/** Lotus Notes and Domino: "<name> is out of the office", in the subject after "AUTO:" or alone. */
export const outOfOfficeSentence = /\bis\s+out\s+of\s+(?:the\s+)?office\b/i;
