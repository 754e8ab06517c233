import { describe, expect, it } from 'vitest';
import { safeBlock, safeJson, safeLine } from '../../../cli/views/terminal-safe';
import { ticketDetailJson, ticketDetailLines } from '../../../cli/views/ticket-detail';
import { ticketListJson, ticketTable } from '../../../cli/views/ticket-list';
import { defaultDesk } from '../../../lib/desk';
import { type TicketDetail, ticketView } from '../../../lib/tickets';
import type { TicketMessage } from '../../../lib/tickets/model/message';
import { aTicket, MONDAY_10 } from '../../lib/tickets/fixtures';

const HOSTILE = 'Invoice\x1b]0;title\x07 due\x1b[2J now\roverwritten \u202Egnp.exe';
/** Everything a terminal would act on that the hostile text carries. */
const DANGERS = ['\x1b', '\x07', ']0;title', '[2J', '\r', '\u202e'];

function expectHarmless(output: string): void {
  for (const danger of DANGERS) expect(output.includes(danger), JSON.stringify(danger)).toBe(false);
  // no control character at all but newline
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
  expect(output).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
}

describe('terminal safety of customer text', () => {
  const desk = defaultDesk();
  const ticket = aTicket({
    calendarId: desk.defaultCalendarId,
    subject: HOSTILE,
    customer: 'a\x1b[31m@example.net',
  });
  const view = ticketView(ticket, desk);

  it('strips escape sequences, control characters and bidi overrides from one-line text', () => {
    expect(safeLine(HOSTILE)).toBe('Invoice due now overwritten gnp.exe');
  });

  it('keeps newlines and tabs in a body, and nothing else a terminal acts on', () => {
    expect(safeBlock('a\tb\nc\x1b[1mbold\x1b[0m\x9b2J\x7f\u2066x')).toBe('a\tb\ncbold2Jx');
    expect(safeBlock('unterminated \x1b]8;;http://evil.example/\x1b\\link')).toBe('unterminated link');
  });

  it('prints none of it in the list table', () => {
    const output = ticketTable([view]).join('\n');
    expectHarmless(output);
    expect(output).toContain('Invoice due now overwritten gnp.exe');
  });

  it('prints none of it in the list JSON either', () => {
    const output = ticketListJson([view]);
    expectHarmless(output);
    expect((JSON.parse(output) as { subject: string }[])[0]?.subject).toBe(
      'Invoice due now overwritten gnp.exe',
    );
  });

  it('prints none of it in the detail, own words and attachment names included', () => {
    const message: TicketMessage = {
      ticket: ticket.number,
      id: 'm1',
      at: MONDAY_10,
      direction: 'in',
      kind: 'request',
      from: 'a\x1b[31m@example.net',
      to: ['support@example.com'],
      subject: HOSTILE,
      messageIds: [],
      rawId: 'ses-1',
      size: 10,
      truncated: false,
      ownWords: `first line\n${HOSTILE}`,
      attachments: [{ name: HOSTILE, type: 'image/png', size: 3, inline: false }],
    };
    const detail: TicketDetail = {
      ticket: { ...ticket, notes: [{ at: MONDAY_10, author: 'desk', text: HOSTILE }] },
      view,
      messages: [message],
      steps: [],
      history: [{ type: 'message', at: MONDAY_10, message }],
    };
    const lines = ticketDetailLines(detail);
    expectHarmless(lines.join('\n'));
    expect(lines).toContain('  | first line');
    const json = ticketDetailJson(detail);
    expectHarmless(json);
    expect(json).toContain('Invoice due now overwritten gnp.exe');
  });

  it('escapes in JSON what JSON leaves raw but a terminal acts on', () => {
    expect(safeJson({ s: '\u202e\x9b\x1b' })).toBe('{\n  "s": "\\u202e\\u009b\\u001b"\n}');
  });
});
