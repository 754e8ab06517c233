import type { Language, Priority, RequiredField } from '../domain/vocabulary';

/** Every sentence the acknowledgement may use, per language; `{x}` marks a value. */
export interface AckWording {
  readonly greeting: string;
  readonly received: string;
  readonly priority: string;
  readonly priorities: Readonly<Record<Priority, string>>;
  readonly takeCharge: string;
  readonly resolution: string;
  readonly bestEffort: string;
  readonly missingIntro: string;
  readonly missingHow: string;
  readonly fields: Readonly<Record<RequiredField, string>>;
  readonly outOfHours: string;
  readonly outOfHoursReopens: string;
  /** Out of hours, and the contract covers it: the deadlines run on the cover's hours. */
  readonly outOfHoursCovered: string;
  /** A closure the calendar names (a summer closure), with its last date and the reopening. */
  readonly closure: string;
  readonly replyHint: string;
  readonly closing: string;
}

const it: AckWording = {
  greeting: 'Gentile cliente,',
  received: 'abbiamo ricevuto la sua richiesta "{subject}" e le abbiamo assegnato il ticket {ticket}.',
  priority: 'Priorità: {priority}.',
  priorities: { P1: 'P1 (bloccante)', P2: 'P2 (alta)', P3: 'P3 (media)', P4: 'P4 (bassa)' },
  takeCharge: 'Presa in carico entro: {at}.',
  resolution: 'Risoluzione prevista entro: {at}.',
  bestEffort:
    'La richiesta sarà gestita al meglio delle nostre possibilità (best effort), senza tempi garantiti.',
  missingIntro: 'Per avviare la lavorazione ci servono ancora queste informazioni:',
  missingHow:
    "Risponda a questa email, lasciando {token} nell'oggetto, con le informazioni mancanti (allegando lo screenshot, se richiesto). I tempi di servizio partono dalla sua risposta.",
  fields: {
    detectedAt: 'data e ora in cui ha notato il problema',
    url: "l'indirizzo (URL) della pagina interessata",
    description: 'una descrizione del problema con i passi per riprodurlo',
    screenshot: 'uno screenshot che mostri il problema',
    browser: 'il browser utilizzato (ad esempio Chrome, Firefox, Safari, Edge) e la sua versione',
    customerNumber: 'il suo codice cliente',
  },
  outOfHours:
    "La sua richiesta urgente è arrivata fuori dall'orario di assistenza: è stata registrata e segnalata come fuori orario, e sarà gestita con priorità alla riapertura.",
  outOfHoursReopens: "L'assistenza riapre {at}.",
  outOfHoursCovered:
    "La sua richiesta urgente è arrivata fuori dall'orario di assistenza ed è coperta dal servizio fuori orario del suo contratto: i tempi indicati decorrono dall'orario di quel servizio, senza attendere la riapertura.",
  closure:
    "L'assistenza è chiusa per {closure} fino a {last} compreso e riapre {at}: i tempi di servizio decorrono dalla riapertura.",
  replyHint: 'Per ogni comunicazione su questa richiesta risponda a questa email.',
  closing: 'Cordiali saluti,\nIl servizio di assistenza',
};

const en: AckWording = {
  greeting: 'Dear customer,',
  received: 'we have received your request "{subject}" and opened ticket {ticket}.',
  priority: 'Priority: {priority}.',
  priorities: { P1: 'P1 (blocking)', P2: 'P2 (high)', P3: 'P3 (medium)', P4: 'P4 (low)' },
  takeCharge: 'Taken in charge by: {at}.',
  resolution: 'Expected resolution by: {at}.',
  bestEffort: 'Your request will be handled on a best-effort basis, with no guaranteed times.',
  missingIntro: 'Before we can start, we still need:',
  missingHow:
    'Please reply to this email, keeping {token} in the subject, with the missing information (attach the screenshot, if asked). Our service times start from your reply.',
  fields: {
    detectedAt: 'the date and time you noticed the problem',
    url: 'the address (URL) of the page concerned',
    description: 'a description of the problem with the steps to reproduce it',
    screenshot: 'a screenshot showing the problem',
    browser: 'the browser you use (for example Chrome, Firefox, Safari, Edge) and its version',
    customerNumber: 'your customer number',
  },
  outOfHours:
    'Your urgent request arrived outside our support hours: it has been recorded and flagged as out of hours, and will be handled first when we reopen.',
  outOfHoursReopens: 'Support reopens {at}.',
  outOfHoursCovered:
    "Your urgent request arrived outside our support hours and is covered by your contract's out-of-hours service: the times above run on that service's hours, without waiting for us to reopen.",
  closure:
    'Support is closed for {closure} through {last} and reopens {at}: service times run from the reopening.',
  replyHint: 'For anything about this request, please reply to this email.',
  closing: 'Kind regards,\nThe support team',
};

/** The acknowledgement's sentences in one language. */
export const ACK_WORDING: Readonly<Record<Language, AckWording>> = { it, en };

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
