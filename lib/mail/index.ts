export { hasHeaderSection } from './header-section';
export type { MailAddress, MailAttachment, MailMessage } from './message';
export { ownWords } from './own-words';
export { parseMail } from './parse-mail';
