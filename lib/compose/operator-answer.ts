import type { Desk } from '../desk/desk';
import type { Language } from '../domain/vocabulary';
import type { SenderVerdicts } from '../mail/sender-verdicts';
import type { ComposedTicket } from './composed-ticket';
import { headerSafe } from './header-safe';
import { INTERNAL_MARKER } from './internal-marker';
import { deskMessageId } from './message-id';
import { deskHeaders, type OutgoingEmail, outgoingEmail } from './outgoing-email';
import { ticketSubject } from './subject';
import { fill } from './wording';

/** Sentences of the desk's answers about operator emails; `{x}` marks a value. */
interface AnswerWording {
  readonly rejectedSubject: string;
  readonly rejected: string;
  readonly nothingDone: string;
  readonly refusedSubject: string;
  readonly refused: string;
  readonly help: string;
}

const WORDING: Readonly<Record<Language, AnswerWording>> = {
  it: {
    rejectedSubject: 'Comando non eseguito',
    rejected: 'La sua email sul ticket {ticket} non è stata eseguita: {problem}.',
    nothingDone: 'Nulla è cambiato e nulla è stato inviato al cliente.',
    refusedSubject: 'Email di operatore rifiutata',
    refused:
      "Un'email a nome di {sender} sul ticket {ticket} è stata rifiutata: il mittente non è autenticato (SPF {spf}, DKIM {dkim}, DMARC {dmarc}).",
    help: 'Comandi, uno per riga in cima: #presa [data], #prevista data, #risolto, #chiudi, #riapri, #chiedi, #nota, #priorita P1..P4, #assegna indirizzo, #scala team. Il testo sotto va al cliente.',
  },
  en: {
    rejectedSubject: 'Command not carried out',
    rejected: 'Your email on ticket {ticket} was not carried out: {problem}.',
    nothingDone: 'Nothing was changed and nothing was sent to the customer.',
    refusedSubject: 'Operator email refused',
    refused:
      'An email in the name of {sender} on ticket {ticket} was refused: its sender is not authenticated (SPF {spf}, DKIM {dkim}, DMARC {dmarc}).',
    help: 'Commands, one per line at the top: #take [date], #expect date, #resolve, #close, #reopen, #ask, #note, #priority P1..P4, #assign address, #escalate team. The text under them goes to the customer.',
  },
};

function answerEmail(
  desk: Desk,
  ticket: ComposedTicket,
  to: readonly string[],
  subject: string,
  threading: { messageId: string; inReplyTo: string | null },
  lines: readonly string[],
): OutgoingEmail {
  return outgoingEmail({
    from: desk.fromAddress,
    to,
    subject: ticketSubject(ticket.number, subject, desk.operatorLanguage),
    language: desk.operatorLanguage,
    headers: {
      ...deskHeaders({
        messageId: threading.messageId,
        inReplyTo: threading.inReplyTo,
        references: threading.inReplyTo ? [threading.inReplyTo] : [],
      }),
      'Reply-To': desk.fromAddress,
    },
    text: `${[INTERNAL_MARKER, '', ...lines].join('\n')}\n`,
  });
}

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
  return answerEmail(
    desk,
    ticket,
    [operator],
    w.rejectedSubject,
    { messageId, inReplyTo: replyTo.messageId },
    [fill(w.rejected, values), w.nothingDone, '', w.help],
  );
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
  return answerEmail(desk, ticket, desk.operatorAddresses, w.refusedSubject, { messageId, inReplyTo: null }, [
    fill(w.refused, values),
    w.nothingDone,
  ]);
}
