import type { Desk } from '../desk/desk';
import type { IgnoreReason } from '../domain/vocabulary';
import { firstHeader } from '../mail/header-lines';
import type { MailMessage } from '../mail/message';

type Check = (m: MailMessage, desk: Desk) => boolean;

const header = (m: MailMessage, name: string) => firstHeader(m.headers, name);
const has = (m: MailMessage, name: string) => m.headers.has(name);
const notPass = (value: string | null) => value !== null && value.trim().toUpperCase() !== 'PASS';
const localPart = (m: MailMessage) => (m.from?.address ?? '').split('@')[0] ?? '';

const autoReplySubject =
  /^\s*(risposta automatica|automatic reply|auto(matic)?[ -]?reply|autoreply|auto[ -]?response|out of (the )?office|fuori ufficio|fuori sede|abwesenheitsnotiz|r[ée]ponse automatique)\b/i;
const noReplySender = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply)([-_.+].*)?$/i;

function ownAddresses(desk: Desk): string[] {
  return [...desk.supportAddresses, desk.fromAddress.toLowerCase()];
}

const isLoop: Check = (m, desk) => {
  const own = ownAddresses(desk);
  if (m.from && own.includes(m.from.address)) return true;
  const xLoop = (m.headers.get('x-loop') ?? []).join(' ').toLowerCase();
  return own.some((address) => xLoop.includes(address));
};

const isBounce: Check = (m) =>
  header(m, 'return-path')?.replace(/\s/g, '') === '<>' ||
  /^(mailer-daemon|postmaster)$/i.test(localPart(m)) ||
  m.contentType === 'multipart/report';

const isAutoReply: Check = (m) => {
  const submitted = header(m, 'auto-submitted');
  if (submitted !== null && (submitted.split(/[;(\s]/)[0] ?? '').toLowerCase() !== 'no') return true;
  if (has(m, 'x-auto-response-suppress') || has(m, 'x-autoreply') || has(m, 'x-autorespond')) return true;
  return autoReplySubject.test(m.subject) || noReplySender.test(localPart(m));
};

const precedence = (m: MailMessage) => (header(m, 'precedence') ?? '').trim().toLowerCase();

// CONTRACT section 4: first match wins, in this order.
const checks: ReadonlyArray<readonly [IgnoreReason, Check]> = [
  ['virus', (m) => notPass(header(m, 'x-ses-virus-verdict'))],
  ['spam', (m) => notPass(header(m, 'x-ses-spam-verdict'))],
  ['loop', isLoop],
  ['bounce', isBounce],
  ['auto-reply', isAutoReply],
  ['list', (m) => precedence(m) === 'list' || has(m, 'list-id') || has(m, 'list-unsubscribe')],
  ['bulk', (m) => ['bulk', 'junk'].includes(precedence(m))],
];

/** Why a message is automatic mail the desk must not answer, or null for a person's message. */
export function automaticReason(message: MailMessage, desk: Desk): IgnoreReason | null {
  return checks.find(([, check]) => check(message, desk))?.[0] ?? null;
}
