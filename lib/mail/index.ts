export { hasHeaderSection } from './header-section';
export type { MailAddress, MailAttachment, MailMessage } from './message';
export { ownWords } from './own-words';
export { parseMail } from './parse-mail';
export { inShape } from './raw-shape';
export {
  isUnverified,
  PASSING,
  type SenderVerdicts,
  type Verdict,
  verdictOf,
  verdictsInHeaders,
} from './sender-verdicts';
