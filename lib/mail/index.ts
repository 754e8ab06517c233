export type { MailAddress, MailAttachment, MailMessage } from './message';
