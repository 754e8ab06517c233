import type { Desk } from '../../desk/desk';
import { calendarOf } from '../../intake/sla-plan';
import type { MailMessage } from '../../mail/message';
import { isAuthenticated, type SenderVerdicts, verdictsInHeaders } from '../../mail/sender-verdicts';
import { type OperatorCommand, readOperatorWords } from './commands';

/** What a dry run can say of an operator email without the ticket: who may act, the commands read. */
export interface OperatorEmailPreview {
  readonly authenticated: boolean;
  readonly verdicts: SenderVerdicts;
  readonly commands: readonly OperatorCommand[];
  /** The text that would go to the customer (or be the note). */
  readonly text: string;
  /** The problem the operator would be answered with, or null. */
  readonly problem: string | null;
}

/**
 * The operator side of a message from one of the desk's operator addresses, read as the pipeline
 * reads it (the topmost amazonses.com Authentication-Results stand for SES's verdicts; dates in the
 * desk's default calendar zone); null for a message from anyone else. The ticket's own checks
 * (status, expected resolution) need the ticket, which a dry run does not have.
 */
export function previewOperatorEmail(desk: Desk, message: MailMessage): OperatorEmailPreview | null {
  const sender = message.from?.address ?? '';
  if (!desk.operatorAddresses.includes(sender)) return null;
  const verdicts = verdictsInHeaders(message.headers);
  const zone = calendarOf(desk, desk.defaultCalendarId).timeZone;
  const read = readOperatorWords(message.ownWords, zone);
  return {
    authenticated: isAuthenticated(verdicts),
    verdicts,
    commands: read.ok ? read.commands : [],
    text: read.ok ? read.text : '',
    problem: read.ok ? null : read.problem,
  };
}
