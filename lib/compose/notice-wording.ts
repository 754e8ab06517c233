import type { Language, Level, RequiredField } from '../domain/vocabulary';

/** What a notice tells the operators happened: a new ticket, or one kind of customer message on it. */
export type NoticeEvent =
  | 'created'
  | 'appended'
  | 'still-missing'
  | 'completed'
  | 'reopened'
  | 'answered'
  /** An operator handed the ticket to a team (`#escalate`): told to that team. */
  | 'escalated';

/** The ticket's flags a notice names, in the order it names them. */
export type NoticeFlag = 'urgent' | 'blocking' | 'outOfHours' | 'bestEffort' | 'noCredits' | 'unverified';

/** Sentences and labels of the operators' notices; `{x}` marks a value. */
export interface NoticeWording {
  /** Subject line (after the ticket token, before the customer's subject) per event. */
  readonly subjects: Readonly<Record<NoticeEvent, string>>;
  /** Before the subject of an urgent request received out of hours. */
  readonly urgentPrefix: string;
  /** The notice's first sentence per event. */
  readonly events: Readonly<Record<NoticeEvent, string>>;
  readonly customer: string;
  readonly name: string;
  readonly tier: string;
  readonly yes: string;
  readonly no: string;
  readonly contract: string;
  readonly credits: string;
  readonly impact: string;
  readonly urgency: string;
  readonly flags: string;
  readonly flagNames: Readonly<Record<NoticeFlag, string>>;
  readonly none: string;
  readonly priority: string;
  readonly levels: Readonly<Record<Level, string>>;
  readonly status: string;
  readonly takeCharge: string;
  readonly resolution: string;
  readonly expectedResolution: string;
  readonly noDeadline: string;
  readonly subject: string;
  /** Label of the customer's connected systems (policy C). */
  readonly connectedSystems: string;
  readonly missing: string;
  readonly fields: Readonly<Record<RequiredField, string>>;
  readonly words: string;
  readonly noWords: string;
  readonly wordsCut: string;
  readonly attachments: string;
  readonly inline: string;
  readonly unnamed: string;
  readonly moreAttachments: string;
}

const it: NoticeWording = {
  subjects: {
    created: 'Nuovo ticket',
    appended: 'Il cliente ha scritto',
    'still-missing': 'Il cliente ha risposto, mancano ancora informazioni',
    completed: 'Richiesta completata dal cliente',
    reopened: 'Riaperto dal cliente',
    answered: 'Il cliente ha risposto alla domanda',
    escalated: 'Ticket passato al vostro team',
  },
  urgentPrefix: 'URGENTE FUORI ORARIO - ',
  events: {
    created: 'Nuovo ticket {ticket} da {customer}, ricevuto {at}.',
    appended: 'Il cliente {customer} ha scritto sul ticket {ticket} il {at}.',
    'still-missing':
      'Il cliente {customer} ha risposto sul ticket {ticket} il {at}, ma mancano ancora informazioni: i tempi non sono partiti.',
    completed:
      'Il cliente {customer} ha completato la richiesta {ticket} il {at}: i tempi di servizio partono da questa risposta.',
    reopened:
      'Il cliente {customer} ha risposto il {at} al ticket {ticket}, che era risolto: il ticket è riaperto.',
    answered:
      'Il cliente {customer} ha risposto il {at} alla domanda sul ticket {ticket}: i tempi ripartono, con le scadenze spostate della pausa.',
    escalated:
      '{actor} ha passato il ticket {ticket} di {customer} al team {team} il {at}. Sotto, la richiesta iniziale del cliente.',
  },
  customer: 'Cliente',
  name: 'Nome',
  tier: 'Livello',
  yes: 'sì',
  no: 'no',
  contract: 'contratto',
  credits: 'crediti',
  impact: 'impatto',
  urgency: 'urgenza',
  flags: 'Segnalazioni',
  flagNames: {
    urgent: 'URGENTE',
    blocking: 'bloccante',
    outOfHours: 'fuori orario',
    bestEffort: 'best effort (nessun tempo garantito)',
    noCredits: 'crediti del contratto esauriti: nessun credito per questo ticket',
    unverified: 'mittente non verificato (SPF/DKIM/DMARC): il From può essere falso',
  },
  none: 'nessuna',
  priority: 'Priorità',
  levels: { high: 'alta', medium: 'media', low: 'bassa' },
  status: 'Stato',
  takeCharge: 'Presa in carico entro',
  resolution: 'Risoluzione entro',
  expectedResolution: 'Risoluzione prevista',
  noDeadline: '-',
  subject: 'Oggetto',
  connectedSystems: 'Sistemi collegati',
  missing: 'Mancano',
  fields: {
    detectedAt: 'data e ora del problema',
    url: 'URL della pagina',
    description: 'descrizione con i passi per riprodurlo',
    screenshot: 'screenshot',
    browser: 'browser',
    customerNumber: 'codice cliente',
  },
  words: 'Testo del cliente:',
  noWords: '(nessun testo)',
  wordsCut: '[... testo tagliato a {limit} KiB: il messaggio completo è nella cronologia del ticket]',
  attachments: 'Allegati:',
  inline: 'nel corpo',
  unnamed: '(senza nome)',
  moreAttachments: '... e altri {count}',
};

const en: NoticeWording = {
  subjects: {
    created: 'New ticket',
    appended: 'The customer wrote',
    'still-missing': 'Customer replied, information still missing',
    completed: 'Request completed by the customer',
    reopened: 'Reopened by the customer',
    answered: 'The customer answered the question',
    escalated: 'Ticket handed to your team',
  },
  urgentPrefix: 'URGENT OUT OF HOURS - ',
  events: {
    created: 'New ticket {ticket} from {customer}, received {at}.',
    appended: 'Customer {customer} wrote on ticket {ticket} on {at}.',
    'still-missing':
      'Customer {customer} replied on ticket {ticket} on {at}, but information is still missing: the clock has not started.',
    completed:
      'Customer {customer} completed request {ticket} on {at}: the service clock starts from this reply.',
    reopened:
      'Customer {customer} replied on {at} to ticket {ticket}, which was resolved: the ticket is reopened.',
    answered:
      'Customer {customer} answered the question on ticket {ticket} on {at}: the clocks run again, the deadlines moved by the pause.',
    escalated:
      "{actor} handed ticket {ticket} from {customer} to team {team} on {at}. Below, the customer's first request.",
  },
  customer: 'Customer',
  name: 'Name',
  tier: 'Tier',
  yes: 'yes',
  no: 'no',
  contract: 'contract',
  credits: 'credits',
  impact: 'impact',
  urgency: 'urgency',
  flags: 'Flags',
  flagNames: {
    urgent: 'URGENT',
    blocking: 'blocking',
    outOfHours: 'out of hours',
    bestEffort: 'best effort (no guaranteed times)',
    noCredits: 'contract credits used up: this ticket got none',
    unverified: 'unverified sender (SPF/DKIM/DMARC): the From may be forged',
  },
  none: 'none',
  priority: 'Priority',
  levels: { high: 'high', medium: 'medium', low: 'low' },
  status: 'Status',
  takeCharge: 'Take charge by',
  resolution: 'Resolution by',
  expectedResolution: 'Expected resolution',
  noDeadline: '-',
  subject: 'Subject',
  connectedSystems: 'Connected systems',
  missing: 'Missing',
  fields: {
    detectedAt: 'date and time of the problem',
    url: 'URL of the page',
    description: 'description with steps to reproduce',
    screenshot: 'screenshot',
    browser: 'browser',
    customerNumber: 'customer number',
  },
  words: "Customer's words:",
  noWords: '(no text)',
  wordsCut: "[... text cut at {limit} KiB: the whole message is in the ticket's history]",
  attachments: 'Attachments:',
  inline: 'inline',
  unnamed: '(unnamed)',
  moreAttachments: '... and {count} more',
};

/** The notices' sentences in the operators' language. */
export const NOTICE_WORDING: Readonly<Record<Language, NoticeWording>> = { it, en };
