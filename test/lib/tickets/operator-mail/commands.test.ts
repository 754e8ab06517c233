import { describe, expect, it } from 'vitest';
import { INTERNAL_MARKER } from '../../../../lib/compose/internal-marker';
import { MAX_COMMANDS, readOperatorWords } from '../../../../lib/tickets/operator-mail/commands';

const ROME = 'Europe/Rome';

describe('readOperatorWords', () => {
  it('reads the command lines at the top, English or Italian, any case, and keeps the text after them', () => {
    const read = readOperatorWords(
      '\n#TAKE 2026-12-03T15:00:00+01:00\n#Priorità p1\n\nWe are on it.\nSecond line.',
      ROME,
    );
    expect(read).toEqual({
      ok: true,
      commands: [
        { kind: 'take', expectedAt: Date.parse('2026-12-03T14:00:00Z') },
        { kind: 'priority', priority: 'P1' },
      ],
      text: 'We are on it.\nSecond line.',
    });
  });

  it("reads a date and time without an offset in the ticket calendar's zone", () => {
    const read = readOperatorWords('#prevista 2026-12-03 15:00', ROME);
    expect(read.ok && read.commands[0]).toEqual({ kind: 'expect', at: Date.parse('2026-12-03T14:00:00Z') });
  });

  it.each([
    ['#nota', 'note'],
    ['#chiedi', 'ask'],
    ['#risolto', 'resolve'],
    ['#chiudi', 'close'],
    ['#riapri', 'reopen'],
    ['#presa', 'take'],
  ])('knows %s', (line, kind) => {
    const read = readOperatorWords(`${line}\ntext`, ROME);
    expect(read.ok && read.commands.map((c) => c.kind)).toEqual([kind]);
  });

  it('takes an assignee with or without angle brackets, lower case', () => {
    const read = readOperatorWords('#assegna <Mario@Example.com>', ROME);
    expect(read.ok && read.commands[0]).toEqual({ kind: 'assign', address: 'mario@example.com' });
  });

  it('leaves a line of a ticket token alone, and stops at the first line that is not a command', () => {
    const read = readOperatorWords('[#2026-000001]\n#resolve\nDone, see #note below', ROME);
    expect(read).toEqual({ ok: true, commands: [{ kind: 'resolve' }], text: 'Done, see #note below' });
  });

  it.each([
    ['#frobnicate', 'unknown command #frobnicate'],
    ['#priority P9', '#priority P9: expected one of P1, P2, P3, P4'],
    ['#expect', '#expect needs a date and time (ISO 8601)'],
    ['#expect tomorrow', '#expect tomorrow: expected an ISO 8601 date and time'],
    ['#take next week', '#take next week: expected an ISO 8601 date and time'],
    ['#assign someone', '#assign needs an operator address'],
    ['#resolve now', '#resolve takes no argument (the text goes on the next lines)'],
  ])('names the problem of %s', (line, problem) => {
    expect(readOperatorWords(`${line}\nsome text`, ROME)).toEqual({ ok: false, problem });
  });

  it('refuses more than the most command lines it reads', () => {
    const lines = Array.from({ length: MAX_COMMANDS + 1 }, () => '#note').join('\n');
    expect(readOperatorWords(lines, ROME)).toEqual({
      ok: false,
      problem: `more than ${MAX_COMMANDS} command lines`,
    });
  });

  it('cuts the text at the internal marker of a notice quoted without quote marks', () => {
    const read = readOperatorWords(
      `#take\nOn it.\n\n${INTERNAL_MARKER}\nTier: gold\nOperators: ops@example.com`,
      ROME,
    );
    expect(read).toEqual({ ok: true, commands: [{ kind: 'take', expectedAt: null }], text: 'On it.' });
  });

  it('reads a huge hostile line as one unknown command without trying every split of it', () => {
    const read = readOperatorWords(`#${'a'.repeat(500_000)} ${'b '.repeat(200_000)}`, ROME);
    expect(read.ok).toBe(false);
  });
});
