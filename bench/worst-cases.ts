import { defaultDesk } from '../lib/desk';
import { decide } from '../lib/intake';
import { parseMail } from '../lib/mail';
import { addressIn } from '../lib/mail/raw-address';

// Inputs that made a pattern reading customer text super-linear before it was rewritten, each
// built at any size. Shared by the benchmark (bench/worst-case.bench.ts), which shows that the
// decision time grows linearly, and by a test that bounds it.

/** One hostile input: how to build it at `bytes` bytes and what to run on it. */
export interface WorstCase {
  readonly name: string;
  readonly run: (bytes: number) => Promise<void>;
}

const desk = defaultDesk();
const at = Date.parse('2026-11-23T10:00:00+01:00');

function message(body: string, headers = '', type = 'text/plain', subject = 'Richiesta'): Uint8Array {
  const head = `From: mario.rossi@example.net\nTo: support@example.com\nSubject: ${subject}\nMessage-ID: <w@example.net>\n${headers}Content-Type: ${type}; charset=utf-8\n\n`;
  return new Uint8Array(Buffer.from(head + body, 'utf8'));
}

function decideOn(build: (bytes: number) => Uint8Array): (bytes: number) => Promise<void> {
  return async (bytes) => {
    decide(await parseMail(build(bytes)), desk, at);
  };
}

const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** The worst cases, by the pattern they used to defeat. */
export const WORST_CASES: readonly WorstCase[] = [
  { name: 'customer number: "account" + blanks', run: decideOn((n) => message(`account${fill(' ', n)}x`)) },
  { name: 'closing: "regards" + blanks', run: decideOn((n) => message(`regards${fill(' ', n)}x`)) },
  { name: 'outlook header: "From:" + blanks', run: decideOn((n) => message(`From:${fill(' ', n)}`)) },
  { name: 'stated level: blank lines', run: decideOn((n) => message(`${fill('\n', n)}Urgency x`)) },
  { name: 'stated level: "Urgency" + blanks', run: decideOn((n) => message(`Urgency${fill(' ', n)}x`)) },
  { name: 'attribution: "wrote" repeated', run: decideOn((n) => message(fill('On 1 wrote ', n))) },
  { name: 'negated down: "not " repeated', run: decideOn((n) => message(fill('not ', n))) },
  { name: 'dates: digits and separators', run: decideOn((n) => message(fill('1/1/1-1.', n))) },
  {
    name: 'connected systems: mark + blanks',
    run: decideOn((n) => message(`Sistemi collegati${fill(' \t', n)}x`)),
  },
  {
    name: 'connected systems: bare marks',
    run: decideOn((n) => message(fill('Connected systems\n', n))),
  },
  { name: 'url: "www." repeated', run: decideOn((n) => message(fill('www.a', n))) },
  {
    name: 'auto-reply start: "Re:  " repeated',
    run: decideOn((n) => message('x', '', 'text/plain', `${fill('Re:  ', n)}x`)),
  },
  { name: 'html: unclosed "<a "', run: decideOn((n) => message(fill('<a ', n), '', 'text/html')) },
  {
    name: 'header: folded From of blanks',
    run: decideOn((n) => message('x', `Reply-To: ${fill(' \n ', n)}\n`)),
  },
  {
    name: 'hand-read From without "@"',
    run: async (n) => {
      addressIn(fill('a', n));
    },
  },
];
