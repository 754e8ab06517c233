import type { Language } from '../domain/vocabulary';
import { fill } from './wording';

/**
 * The commands an operator's answer may start with, in the order the hint lists them: the one
 * source of their syntax and meaning for every email that tells operators how to answer.
 */
const COMMANDS = [
  'take',
  'start',
  'expect',
  'resolve',
  'close',
  'reopen',
  'ask',
  'note',
  'priority',
  'assign',
  'category',
  'billable',
  'systems',
  'waive',
  'escalate',
] as const;
type Command = (typeof COMMANDS)[number];

interface HintWording {
  readonly title: string;
  readonly reply: string;
  readonly commandsIntro: string;
  /** The command as written in this language, with its argument. */
  readonly syntax: Readonly<Record<Command, string>>;
  readonly meaning: Readonly<Record<Command, string>>;
  readonly rest: string;
  readonly otherLanguage: string;
  /** The short help under an answer to an email that was not carried out. */
  readonly briefHelp: string;
}

const it: HintWording = {
  title: 'Come rispondere',
  reply: "Rispondete a questa email lasciando {token} nell'oggetto.",
  commandsIntro: 'Comandi, uno per riga, sulle prime righe della risposta:',
  syntax: {
    take: '#presa [ISO]',
    start: '#inizio',
    expect: '#prevista ISO',
    resolve: '#risolto',
    close: '#chiudi',
    reopen: '#riapri',
    ask: '#chiedi',
    note: '#nota',
    priority: '#priorita P1..P4',
    assign: '#assegna INDIRIZZO',
    category: '#categoria CATEGORIA',
    billable: '#fatturabile',
    systems: '#sistemi TESTO',
    waive: '#deroga CAMPO',
    escalate: '#scala TEAM',
  },
  meaning: {
    start: "inizio dell'intervento (tempo di intervento): dopo la presa in carico",
    take: 'presa in carico, con risoluzione prevista facoltativa (es. 2026-11-24T17:00+01:00)',
    expect: 'comunica al cliente una nuova risoluzione prevista',
    resolve: 'risolve il ticket',
    close: 'chiude il ticket',
    reopen: 'riapre il ticket',
    ask: 'il testo è una richiesta di chiarimenti: i tempi si fermano fino alla risposta',
    note: 'il testo è una nota interna: nulla va al cliente',
    priority: 'corregge la priorità (le scadenze si ricalcolano)',
    assign: 'assegna il ticket a un operatore',
    category: 'classifica il ticket in una categoria del desk',
    billable: 'a pagamento: il cliente chiede di trattarlo prima (non per gli urgenti)',
    systems: 'registra i sistemi collegati dichiarati dal cliente',
    waive: 'rinuncia a un dato mancante (es. url): senza mancanti i tempi partono ora',
    escalate: 'passa il ticket a un altro team (livello), che riceve la notifica',
  },
  rest: 'Il resto del vostro testo va al cliente; questa notifica citata e la firma no.',
  otherLanguage: 'Valgono anche i comandi inglesi: {commands}.',
  briefHelp: 'Comandi, uno per riga in cima: {commands}. Il testo sotto va al cliente.',
};

const en: HintWording = {
  title: 'How to answer',
  reply: 'Reply to this email keeping {token} in the subject.',
  commandsIntro: 'Commands, one per line, on the first lines of your answer:',
  syntax: {
    take: '#take [ISO]',
    start: '#start',
    expect: '#expect ISO',
    resolve: '#resolve',
    close: '#close',
    reopen: '#reopen',
    ask: '#ask',
    note: '#note',
    priority: '#priority P1..P4',
    assign: '#assign ADDRESS',
    category: '#category CATEGORY',
    billable: '#billable',
    systems: '#systems TEXT',
    waive: '#waive FIELD',
    escalate: '#escalate TEAM',
  },
  meaning: {
    start: 'work on the ticket starts (the intervention time): after taking it in charge',
    take: 'take in charge, with an optional expected resolution (e.g. 2026-11-24T17:00+01:00)',
    expect: 'send the customer a new expected resolution',
    resolve: 'resolve the ticket',
    close: 'close the ticket',
    reopen: 'reopen the ticket',
    ask: 'the text is a clarification request: the clock stops until the answer',
    note: 'the text is an internal note: nothing goes to the customer',
    priority: 'correct the priority (deadlines are recomputed)',
    assign: 'assign the ticket to one operator',
    category: "classify the ticket in one of the desk's categories",
    billable: 'billable: the customer wants it handled first (not for urgent ones)',
    systems: "record the customer's connected systems",
    waive: 'waive a missing field (e.g. url): with none missing, the clock starts now',
    escalate: 'hand the ticket to another team (level), which is told',
  },
  rest: 'The rest of your text goes to the customer; this quoted notice and your signature do not.',
  otherLanguage: 'The Italian commands work too: {commands}.',
  briefHelp: 'Commands, one per line at the top: {commands}. The text under them goes to the customer.',
};

const HINTS: Readonly<Record<Language, HintWording>> = { it, en };

/** The other language's command words, so an operator may answer in either. */
function otherCommands(language: Language): string {
  const other = language === 'it' ? en : it;
  return COMMANDS.map((command) => other.syntax[command].split(' ')[0]).join(', ');
}

/** The block under a notice that tells operators how to answer it from their mailbox. */
export function answerHint(language: Language, token: string): string[] {
  const w = HINTS[language];
  const width = Math.max(...COMMANDS.map((command) => w.syntax[command].length));
  return [
    `${w.title}:`,
    fill(w.reply, { token }),
    w.commandsIntro,
    ...COMMANDS.map((command) => `  ${w.syntax[command].padEnd(width)}  ${w.meaning[command]}`),
    w.rest,
    fill(w.otherLanguage, { commands: otherCommands(language) }),
  ];
}

/** One line naming every command with its argument, in the operators' language (the hint's syntax). */
export function commandsHelp(language: Language): string {
  const w = HINTS[language];
  return fill(w.briefHelp, { commands: COMMANDS.map((command) => w.syntax[command]).join(', ') });
}
