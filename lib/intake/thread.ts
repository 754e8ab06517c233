import type { MailMessage } from '../mail/message';
import type { ThreadInfo } from './decision';

// "[#2026-000042]" behind any prefix, or typed by hand with stray blanks ("[# 2026-000042 ]").
const bracketed = /\[\s*#\s*(\d{4})-(\d{6})\s*\]/;
// Typed by hand without brackets: "#2026-000042" as a word of its own.
const bare = /(?<![\w#-])#(\d{4})-(\d{6})(?![\w-])/;

const replyPrefix = /^\s*((re|r|aw|fwd?|i|rif|tr|wg|vs|sv|antw|odp)(\s*\[\d+\])?\s*:\s*)+/i;

/** The ticket number of a token in the subject (`2026-000042`), or null. */
export function subjectToken(subject: string): string | null {
  const match = subject.match(bracketed) ?? subject.match(bare);
  return match ? `${match[1]}-${match[2]}` : null;
}

/** The subject without reply/forward prefixes and ticket tokens, for the desk's own subjects. */
export function baseSubject(subject: string): string {
  let text = subject;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(replyPrefix, '').replace(bracketed, ' ').replace(/\s+/g, ' ').trim();
  }
  return text;
}

/** The message's links to earlier messages: subject token, In-Reply-To and References. */
export function threadInfo(message: MailMessage): ThreadInfo {
  return {
    token: subjectToken(message.subject),
    inReplyTo: message.inReplyTo,
    references: message.references,
  };
}
