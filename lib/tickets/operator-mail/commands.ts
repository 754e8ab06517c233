import { DateTime } from 'luxon';
import { aboveInternalMarker } from '../../compose/internal-marker';
import { type Instant, PRIORITIES, type Priority, type RequiredField } from '../../domain/vocabulary';
import { requiredFieldOf } from '../model/waiver';

/** One command of an operator's email, with its argument read. */
export type OperatorCommand =
  | { readonly kind: 'take'; readonly expectedAt: Instant | null }
  | { readonly kind: 'expect'; readonly at: Instant }
  | { readonly kind: 'resolve' }
  | { readonly kind: 'close' }
  | { readonly kind: 'reopen' }
  | { readonly kind: 'ask' }
  | { readonly kind: 'note' }
  | { readonly kind: 'priority'; readonly priority: Priority }
  | { readonly kind: 'assign'; readonly address: string }
  | { readonly kind: 'category'; readonly category: string }
  | { readonly kind: 'billable' }
  | { readonly kind: 'systems'; readonly text: string }
  | { readonly kind: 'waive'; readonly field: RequiredField }
  | { readonly kind: 'escalate'; readonly team: string }
  | { readonly kind: 'start' };

export type CommandKind = OperatorCommand['kind'];

/** The commands by the names operators type, English and Italian (accents optional). */
const NAMES: Readonly<Record<string, CommandKind>> = {
  take: 'take',
  presa: 'take',
  expect: 'expect',
  prevista: 'expect',
  resolve: 'resolve',
  risolto: 'resolve',
  close: 'close',
  chiudi: 'close',
  reopen: 'reopen',
  riapri: 'reopen',
  ask: 'ask',
  chiedi: 'ask',
  note: 'note',
  nota: 'note',
  priority: 'priority',
  priorita: 'priority',
  assign: 'assign',
  assegna: 'assign',
  category: 'category',
  categoria: 'category',
  billable: 'billable',
  fatturabile: 'billable',
  systems: 'systems',
  sistemi: 'systems',
  waive: 'waive',
  deroga: 'waive',
  escalate: 'escalate',
  start: 'start',
  inizio: 'start',
  scala: 'escalate',
};

/** What an operator's own words say: the commands on their first lines, and the text after them. */
export type ReadWords =
  | { readonly ok: true; readonly commands: readonly OperatorCommand[]; readonly text: string }
  | { readonly ok: false; readonly problem: string };

/** At most this many command lines are read: an email of hundreds of `#` lines is not a command list. */
export const MAX_COMMANDS = 10;

// "#take 2026-12-03T15:00+01:00": a name of letters (accented à allowed), then its argument (at
// most 500 characters: `#systems` takes a list of names).
const COMMAND_LINE = /^#([a-zà]{2,20})(?:[ \t]+(\S(?:.{0,498}\S)?))?[ \t]*$/i;
// A line with a ticket token only ("#2026-000042" typed at the top) is not a command.
const TOKEN_LINE = /^\[?#\s*\d{4}-\d{6}\]?$/;
const ADDRESS = /^<?([^\s<>@]{1,64}@[^\s<>@]{1,255})>?$/;
// A team's name as the desk file allows it (lib/desk/schema.ts): one word.
const TEAM = /^[a-z0-9][a-z0-9_-]{0,39}$/i;

function read(kind: CommandKind, arg: string | undefined, zone: string): OperatorCommand | string {
  const name = `#${kind}`;
  switch (kind) {
    case 'take': {
      if (arg === undefined) return { kind, expectedAt: null };
      const at = instantIn(arg, zone);
      return at === null ? `${name} ${arg}: expected an ISO 8601 date and time` : { kind, expectedAt: at };
    }
    case 'expect': {
      if (arg === undefined) return `${name} needs a date and time (ISO 8601)`;
      const at = instantIn(arg, zone);
      return at === null ? `${name} ${arg}: expected an ISO 8601 date and time` : { kind, at };
    }
    case 'priority': {
      const priority = PRIORITIES.find((p) => p === arg?.toUpperCase());
      return priority
        ? { kind, priority }
        : `${name} ${arg ?? ''}: expected one of ${PRIORITIES.join(', ')}`.trim();
    }
    case 'assign': {
      const address = arg === undefined ? null : ADDRESS.exec(arg)?.[1];
      return address ? { kind, address: address.toLowerCase() } : `${name} needs an operator address`;
    }
    case 'systems':
      return arg === undefined ? `${name} needs the connected systems on its line` : { kind, text: arg };
    case 'waive':
      // Checked against the ticket's missing fields with the ticket (plan.ts).
      if (arg === undefined) return `${name} needs the field to waive`;
      try {
        return { kind, field: requiredFieldOf(arg) };
      } catch (error) {
        return `${name} ${arg}: ${(error as Error).message}`;
      }
    case 'category':
      // Checked against the desk's categories with the ticket (plan.ts): this reads only the word.
      return arg === undefined ? `${name} needs a category` : { kind, category: arg.toLowerCase() };
    case 'escalate':
      return arg !== undefined && TEAM.test(arg)
        ? { kind, team: arg }
        : `${name} needs a team name (one word, as the desk file names it)`;
    default:
      return arg === undefined ? { kind } : `${name} takes no argument (the text goes on the next lines)`;
  }
}

/**
 * An ISO 8601 date and time, with its offset or else in the ticket calendar's zone (an operator
 * writes "2026-12-03 15:00" meaning their desk's time); null when it is not one.
 */
export function instantIn(text: string, zone: string): Instant | null {
  const parsed = DateTime.fromISO(text.replace(' ', 'T'), { zone, setZone: true });
  return parsed.isValid && /\d{2}:\d{2}/.test(text) ? parsed.toMillis() : null;
}

/**
 * Reads an operator's own words (quoted text and signature already cut; anything from the
 * internal marker on is cut here): blank lines skipped, then each line starting with `#` is a
 * command, case-insensitive; the first other line starts the text. An unknown command or a bad
 * argument is the problem to answer the operator with. Linear in the text.
 */
export function readOperatorWords(ownWords: string, zone: string): ReadWords {
  const lines = aboveInternalMarker(ownWords).replace(/\r\n?/g, '\n').split('\n');
  const commands: OperatorCommand[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || TOKEN_LINE.test(line)) continue;
    if (!line.startsWith('#')) break;
    if (commands.length === MAX_COMMANDS)
      return { ok: false, problem: `more than ${MAX_COMMANDS} command lines` };
    const match = COMMAND_LINE.exec(line);
    const word = (match?.[1] ?? line.slice(1).split(/\s/, 1)[0] ?? '').toLowerCase().replace('à', 'a');
    const kind = match ? NAMES[word] : undefined;
    if (kind === undefined) return { ok: false, problem: `unknown command #${word.slice(0, 40)}` };
    const command = read(kind, match?.[2], zone);
    if (typeof command === 'string') return { ok: false, problem: command };
    commands.push(command);
  }
  return { ok: true, commands, text: lines.slice(i).join('\n').trim() };
}
