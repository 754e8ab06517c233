import type { CustomerReminderKind, Language, ReminderKind } from '../domain/vocabulary';

/** Sentences of reminder emails; `{x}` marks a value. */
export interface ReminderWording {
  /** Subject line (after the ticket token) of each operator reminder. */
  readonly operatorSubjects: Readonly<Record<Exclude<ReminderKind, CustomerReminderKind>, string>>;
  readonly operatorLines: Readonly<Record<Exclude<ReminderKind, CustomerReminderKind>, string>>;
  readonly operatorDetails: string;
  readonly customerGreeting: string;
  readonly awaitingInfo: string;
  readonly awaitingInfoHow: string;
  /** The nudge of an operator's question still unanswered. */
  readonly awaitingCustomer: string;
  readonly awaitingCustomerHow: string;
  readonly closing: string;
  readonly oversizeSubject: string;
  readonly oversize: string;
}

const it: ReminderWording = {
  operatorSubjects: {
    'take-charge-warning': 'Presa in carico in scadenza',
    'take-charge-due': 'Presa in carico scaduta',
    'resolution-warning': 'Risoluzione in scadenza',
    'resolution-due': 'Risoluzione scaduta',
  },
  operatorLines: {
    'take-charge-warning': 'Il ticket {ticket} non è ancora stato preso in carico: scadenza {at}.',
    'take-charge-due': 'Il ticket {ticket} non è stato preso in carico entro la scadenza ({at}).',
    'resolution-warning': 'Il ticket {ticket} non è ancora risolto: scadenza {at}.',
    'resolution-due': 'Il ticket {ticket} non è stato risolto entro la scadenza ({at}).',
  },
  operatorDetails: 'Cliente: {customer}\nOggetto: {subject}\nPriorità: {priority}\nStato: {status}',
  customerGreeting: 'Gentile cliente,',
  awaitingInfo:
    'la sua richiesta "{subject}" (ticket {ticket}) è in attesa delle informazioni che le abbiamo chiesto:',
  awaitingInfoHow:
    "Risponda a questa email lasciando {token} nell'oggetto: i tempi di servizio partono dalla sua risposta.",
  awaitingCustomer:
    'la sua richiesta "{subject}" (ticket {ticket}) è in attesa della sua risposta alla domanda che le abbiamo inviato il {at}.',
  awaitingCustomerHow:
    "Risponda a questa email lasciando {token} nell'oggetto: la sua richiesta resta in attesa della sua risposta.",
  closing: 'Cordiali saluti,\nIl servizio di assistenza',
  oversizeSubject: "Messaggio troppo grande: letta solo l'intestazione",
  oversize:
    'Il messaggio {messageId} di {customer} ({size} byte) supera il limite di {limit} byte. Il ticket {ticket} è stato creato dalla sola intestazione: leggere il messaggio originale ({rawId}) e verificare i dati richiesti.',
};

const en: ReminderWording = {
  operatorSubjects: {
    'take-charge-warning': 'Take-charge deadline approaching',
    'take-charge-due': 'Take-charge deadline missed',
    'resolution-warning': 'Resolution deadline approaching',
    'resolution-due': 'Resolution deadline missed',
  },
  operatorLines: {
    'take-charge-warning': 'Ticket {ticket} is not yet taken in charge: deadline {at}.',
    'take-charge-due': 'Ticket {ticket} was not taken in charge by its deadline ({at}).',
    'resolution-warning': 'Ticket {ticket} is not yet resolved: deadline {at}.',
    'resolution-due': 'Ticket {ticket} was not resolved by its deadline ({at}).',
  },
  operatorDetails: 'Customer: {customer}\nSubject: {subject}\nPriority: {priority}\nStatus: {status}',
  customerGreeting: 'Dear customer,',
  awaitingInfo:
    'your request "{subject}" (ticket {ticket}) is still waiting for the information we asked for:',
  awaitingInfoHow:
    'Please reply to this email keeping {token} in the subject: our service times start from your reply.',
  awaitingCustomer:
    'your request "{subject}" (ticket {ticket}) is waiting for your answer to the question we sent you on {at}.',
  awaitingCustomerHow:
    'Please reply to this email keeping {token} in the subject; your ticket waits for your answer.',
  closing: 'Kind regards,\nThe support team',
  oversizeSubject: 'Message too large: headers only',
  oversize:
    'Message {messageId} from {customer} ({size} bytes) is over the {limit}-byte limit. Ticket {ticket} was created from its headers only: read the original ({rawId}) and check the required information.',
};

/** Reminder and operator-notice sentences in one language. */
export const REMINDER_WORDING: Readonly<Record<Language, ReminderWording>> = { it, en };
