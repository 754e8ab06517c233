import type { Language } from '../domain/vocabulary';

/** Sentences of the emails that tell a customer where their ticket stands; `{x}` marks a value. */
export interface LifecycleWording {
  readonly greeting: string;
  readonly takenInCharge: string;
  readonly expectedResolution: string;
  readonly noExpectedResolution: string;
  readonly resolved: string;
  readonly resolvedHint: string;
  readonly closed: string;
  readonly closedHint: string;
  readonly reopened: string;
  /** A reopened ticket still waiting for what the acknowledgement asked for. */
  readonly stillMissing: string;
  /** Under an operator's plain reply: how to answer it. */
  readonly replyHint: string;
  /** Under an operator's question: how to answer it, and that the ticket waits for the answer. */
  readonly clarificationHint: string;
  /** An operator sent a new expected resolution time. */
  readonly newExpectedResolution: string;
  /** An operator waived what the request still missed: the service times run from now. */
  readonly requestAccepted: string;
  readonly closing: string;
}

const it: LifecycleWording = {
  greeting: 'Gentile cliente,',
  takenInCharge: 'la sua richiesta "{subject}" (ticket {ticket}) è stata presa in carico dal nostro team.',
  expectedResolution: 'Risoluzione prevista: {at}.',
  noExpectedResolution: 'Le comunicheremo la data di risoluzione appena possibile.',
  resolved: 'la sua richiesta "{subject}" (ticket {ticket}) è stata risolta.',
  resolvedHint: "Se il problema non è risolto, risponda a questa email lasciando {token} nell'oggetto.",
  closed: 'la sua richiesta "{subject}" (ticket {ticket}) è stata chiusa.',
  closedHint: 'Per un nuovo problema scriva una nuova email al supporto.',
  reopened: 'la sua richiesta "{subject}" (ticket {ticket}) è stata riaperta dal nostro team.',
  stillMissing:
    "Per procedere ci servono ancora le informazioni che le abbiamo chiesto: risponda a questa email lasciando {token} nell'oggetto.",
  replyHint: "Per rispondere, risponda a questa email lasciando {token} nell'oggetto.",
  clarificationHint:
    "Risponda a questa email lasciando {token} nell'oggetto: la sua richiesta resta in attesa della sua risposta.",
  newExpectedResolution:
    'La risoluzione della sua richiesta "{subject}" (ticket {ticket}) è ora prevista per il {at}.',
  requestAccepted:
    'la sua richiesta "{subject}" (ticket {ticket}) è stata accettata dal nostro team anche senza alcune delle informazioni richieste: i tempi del servizio decorrono da ora.',
  closing: 'Cordiali saluti,\nIl servizio di assistenza',
};

const en: LifecycleWording = {
  greeting: 'Dear customer,',
  takenInCharge: 'your request "{subject}" (ticket {ticket}) has been taken in charge by our team.',
  expectedResolution: 'Expected resolution: {at}.',
  noExpectedResolution: 'We will tell you the expected resolution date as soon as we can.',
  resolved: 'your request "{subject}" (ticket {ticket}) has been resolved.',
  resolvedHint: 'If the problem is not solved, reply to this email keeping {token} in the subject.',
  closed: 'your request "{subject}" (ticket {ticket}) has been closed.',
  closedHint: 'For a new problem, please write a new email to support.',
  reopened: 'your request "{subject}" (ticket {ticket}) has been reopened by our team.',
  stillMissing:
    'To go on we still need the information we asked you for: reply to this email keeping {token} in the subject.',
  replyHint: 'To answer, reply to this email keeping {token} in the subject.',
  clarificationHint:
    'Please reply to this email keeping {token} in the subject; your ticket waits for your answer.',
  newExpectedResolution:
    'The resolution of your request "{subject}" (ticket {ticket}) is now expected by {at}.',
  requestAccepted:
    'your request "{subject}" (ticket {ticket}) has been accepted by our team without some of the information we asked for: our service times run from now.',
  closing: 'Kind regards,\nThe support team',
};

/** The lifecycle emails' sentences in one language. */
export const LIFECYCLE_WORDING: Readonly<Record<Language, LifecycleWording>> = { it, en };
