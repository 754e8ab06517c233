import type { Desk } from '../desk/desk';
import type { Language } from '../domain/vocabulary';
import type { SenderVerdicts } from '../mail/sender-verdicts';
import { commandsHelp } from './answer-hint';
import type { ComposedTicket } from './composed-ticket';
import { headerSafe } from './header-safe';
import { deskMessageId } from './message-id';
import type { OutgoingEmail } from './outgoing-email';
import { operatorMail } from './ticket-email';
import { fill } from './wording';

/** Sentences of the desk's answers about operator emails; `{x}` marks a value. */
interface AnswerWording {
  readonly rejectedSubject: string;
  readonly rejected: string;
  readonly nothingDone: string;
  readonly refusedSubject: string;
  readonly refused: string;
}

const WORDING: Readonly<Record<Language, AnswerWording>> = {
  it: {
    rejectedSubject: 'Comando non eseguito',
    rejected: 'La sua email sul ticket {ticket} non è stata eseguita: {problem}.',
    nothingDone: 'Nulla è cambiato e nulla è stato inviato al cliente.',
    refusedSubject: 'Email di operatore rifiutata',
    refused:
      "Un'email a nome di {sender} sul ticket {ticket} è stata rifiutata: il mittente non è autenticato (SPF {spf}, DKIM {dkim}, DMARC {dmarc}).",
  },
  en: {
    rejectedSubject: 'Command not carried out',
    rejected: 'Your email on ticket {ticket} was not carried out: {problem}.',
    nothingDone: 'Nothing was changed and nothing was sent to the customer.',
    refusedSubject: 'Operator email refused',
    refused:
      'An email in the name of {sender} on ticket {ticket} was refused: its sender is not authenticated (SPF {spf}, DKIM {dkim}, DMARC {dmarc}).',
  },
};

/**
 * The answer to an operator whose email could not be carried out: to that operator only (never a
 * list, so a bad command is not amplified), naming the one problem, in the operators' language.
 * `seed` (the email's unit of work) makes its Message-ID stable across retries.
 */
export function composeRejectedAnswer(
  desk: Desk,
  ticket: ComposedTicket,
  operator: string,
  problem: string,
  replyTo: { messageId: string | null; seed: string },
): OutgoingEmail {
  const w = WORDING[desk.operatorLanguage];
  const values = { ticket: ticket.number, problem: headerSafe(problem, 300) };
  const messageId = deskMessageId(ticket.number, 'rejected', replyTo.seed, desk.fromAddress);
  const inReplyTo = replyTo.messageId;
  return operatorMail(desk, ticket, {
    to: [operator],
    subject: w.rejectedSubject,
    threading: { messageId, inReplyTo, references: inReplyTo ? [inReplyTo] : [] },
    lines: ['', fill(w.rejected, values), w.nothingDone, '', commandsHelp(desk.operatorLanguage)],
  });
}

/** Tells the operators that an email in an operator's name failed authentication and changed nothing. */
export function composeRefusedNotice(
  desk: Desk,
  ticket: ComposedTicket,
  sender: string,
  verdicts: SenderVerdicts,
  seed: string,
): OutgoingEmail {
  const w = WORDING[desk.operatorLanguage];
  const values = { ticket: ticket.number, sender: headerSafe(sender, 300), ...verdicts };
  const messageId = deskMessageId(ticket.number, 'refused', seed, desk.fromAddress);
  return operatorMail(desk, ticket, {
    subject: w.refusedSubject,
    threading: { messageId, inReplyTo: null, references: [] },
    lines: ['', fill(w.refused, values), w.nothingDone],
  });
}
