import { describe, expect, it } from 'vitest';
import { answerHint } from '../../../lib/compose/answer-hint';
import { INTERNAL_MARKER } from '../../../lib/compose/internal-marker';
import { composeRefusedNotice, composeRejectedAnswer } from '../../../lib/compose/operator-answer';
import { DEFAULT_DESK_FILE, defaultDesk } from '../../../lib/desk/default-desk';
import { parseDesk } from '../../../lib/desk/parse-desk';
import { aTicket } from '../tickets/fixtures';

const italian = defaultDesk();
const english = parseDesk({ ...DEFAULT_DESK_FILE, operatorLanguage: 'en' }, 'english operators');
const ticket = aTicket({ subject: 'Errore nella pagina di login' });
const OPERATOR = italian.operatorAddresses[0] ?? '';
const verdicts = { spf: 'fail', dkim: 'fail', dmarc: 'fail' } as const;

describe('composeRejectedAnswer', () => {
  const answer = (desk = english) =>
    composeRejectedAnswer(desk, ticket, OPERATOR, 'unknown command #frobnicate', {
      messageId: 'op-message@mail.example.com',
      seed: 'operator-email#ses-9',
    });

  it('goes to the one operator, Reply-To the desk, threaded on their email only', () => {
    const email = answer();
    expect(email.to).toEqual([OPERATOR]);
    expect(email.from).toBe(english.fromAddress);
    expect(email.headers['Reply-To']).toBe(english.fromAddress);
    expect(email.headers['In-Reply-To']).toBe('<op-message@mail.example.com>');
    expect(email.headers.References).toBe('<op-message@mail.example.com>');
    expect(email.headers['Auto-Submitted']).toBe('auto-replied');
    expect(email.subject).toContain(`[#${ticket.number}]`);
    expect(email.subject).toContain('Command not carried out');
  });

  it('starts with the internal marker, names the problem, and keeps its Message-ID across retries', () => {
    const email = answer();
    expect(email.text.split('\n').slice(0, 3)).toEqual([
      INTERNAL_MARKER,
      '',
      `Your email on ticket ${ticket.number} was not carried out: unknown command #frobnicate.`,
    ]);
    expect(email.text).toContain('Nothing was changed and nothing was sent to the customer.');
    expect(answer().headers['Message-ID']).toBe(email.headers['Message-ID']);
  });

  it('lists the commands in the operators language, and only those', () => {
    expect(answer(english).text).toContain('#take [ISO]');
    expect(answer(english).text).toContain('#escalate TEAM');
    expect(answer(english).text).not.toContain('#presa');
    expect(answer(italian).text).toContain('#presa [ISO]');
    expect(answer(italian).text).toContain('#scala TEAM');
    expect(answer(italian).text).not.toContain('#take');
  });

  it.each([
    ['en', english],
    ['it', italian],
  ] as const)('names every command the notices hint lists, with its argument (%s)', (language, desk) => {
    // The hint's command lines: "  #take [ISO]      take in charge, ...": the syntax before the two spaces.
    const syntaxes = answerHint(language, '[#2026-000001]')
      .filter((line) => line.startsWith('  #'))
      .map((line) => line.trim().split('  ')[0]);
    expect(syntaxes.length).toBeGreaterThanOrEqual(15);
    const help = answer(desk).text.split('\n').at(-2) ?? '';
    expect(help).toContain(`${syntaxes.join(', ')}.`);
  });
});

describe('composeRefusedNotice', () => {
  it('tells every operator, outside any thread, naming the failed verdicts', () => {
    const email = composeRefusedNotice(english, ticket, 'mallory@evil.example', verdicts, 'ses-10');
    expect(email.to).toEqual(english.operatorAddresses);
    expect(email.headers['In-Reply-To']).toBeUndefined();
    expect(email.headers.References).toBeUndefined();
    expect(email.headers['Reply-To']).toBe(english.fromAddress);
    expect(email.text.split('\n').slice(0, 2)).toEqual([INTERNAL_MARKER, '']);
    expect(email.text).toContain('SPF fail, DKIM fail, DMARC fail');
    expect(email.text).toContain('mallory@evil.example');
  });
});
