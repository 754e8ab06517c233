import { describe, expect, it } from 'vitest';
import { composeLifecycleEmail, type LifecycleEvent } from '../../../lib/compose/lifecycle-email';
import { defaultDesk } from '../../../lib/desk/default-desk';
import type { Language } from '../../../lib/domain/vocabulary';
import type { Ticket } from '../../../lib/tickets/model/ticket';
import { aTicket, NO_CONTRACT_TERMS } from '../tickets/fixtures';

const desk = defaultDesk();
const resolution = Date.parse('2026-12-01T09:30:00+01:00');

function ticket(language: Language, overrides: Partial<Ticket> = {}): Ticket {
  return aTicket({
    language,
    status: 'in-progress',
    calendarId: 'rome',
    terms: { ...NO_CONTRACT_TERMS, calendarId: 'rome' },
    subject: 'Login page broken',
    deadlines: { takeCharge: null, resolution },
    ...overrides,
  });
}

describe('composeLifecycleEmail', () => {
  it.each<[LifecycleEvent, Language, string[]]>([
    [
      'taken-in-charge',
      'en',
      [
        'your request "Login page broken" (ticket 2026-000001) has been taken in charge by our team.',
        'Expected resolution: Tuesday 1 December 2026 at 09:30',
      ],
    ],
    [
      'resolved',
      'en',
      [
        'your request "Login page broken" (ticket 2026-000001) has been resolved.',
        'reply to this email keeping [#2026-000001] in the subject.',
      ],
    ],
    ['closed', 'en', ['has been closed.', 'For a new problem, please write a new email to support.']],
    [
      'reopened',
      'en',
      [
        'your request "Login page broken" (ticket 2026-000001) has been reopened by our team.',
        'Expected resolution: Tuesday 1 December 2026 at 09:30',
      ],
    ],
    [
      'reopened',
      'it',
      [
        'la sua richiesta "Login page broken" (ticket 2026-000001) è stata riaperta dal nostro team.',
        'Risoluzione prevista: martedì 1 dicembre 2026 alle 09:30',
      ],
    ],
  ])('tells the customer the ticket was %s, in %s', (event, language, lines) => {
    const email = composeLifecycleEmail(desk, ticket(language), event, 'change#1');
    expect(email).toMatchObject({ to: ['anna@example.net'], language });
    for (const line of lines) expect(email.text).toContain(line);
  });

  it('asks again for what is missing when a reopened ticket still waits for information', () => {
    const waiting = ticket('en', {
      status: 'awaiting-info',
      clockStart: null,
      missingFields: ['url'],
      deadlines: { takeCharge: null, resolution: null },
    });
    const email = composeLifecycleEmail(desk, waiting, 'reopened', 'change#1');
    expect(email.text).toContain(
      'To go on we still need the information we asked you for: reply to this email keeping [#2026-000001] in the subject.',
    );
    expect(email.text).not.toContain('Expected resolution');
  });

  it('says the resolution date will follow when a reopened ticket has no deadline (best effort)', () => {
    const bestEffort = ticket('en', { bestEffort: true, deadlines: { takeCharge: null, resolution: null } });
    expect(composeLifecycleEmail(desk, bestEffort, 'reopened', 'change#1').text).toContain(
      'We will tell you the expected resolution date as soon as we can.',
    );
  });

  it('gives each change its own Message-ID, stable across retries of the same change', () => {
    const id = (event: LifecycleEvent, change: string) =>
      composeLifecycleEmail(desk, ticket('it'), event, change).headers['Message-ID'];
    expect(id('reopened', 'reopen#4')).toBe(id('reopened', 'reopen#4'));
    expect(id('reopened', 'reopen#4')).not.toBe(id('reopened', 'reopen#9'));
    expect(id('reopened', 'reopen#4')).not.toBe(id('resolved', 'reopen#4'));
  });
});

describe("composeLifecycleEmail with an operator's words", () => {
  const words = {
    text: 'We restarted the cache.\n\n\n\nIt works again.',
    attachments: [
      { filename: 'log.txt', contentType: 'text/plain', content: new TextEncoder().encode('ok') },
    ],
  };

  it("puts the words first, under the greeting, and keeps the step's own lines after them", () => {
    const email = composeLifecycleEmail(desk, ticket('en'), 'resolved', 'resolve#3', words);
    const lines = email.text.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Dear customer,',
      '',
      'We restarted the cache.',
      '',
      'It works again.',
    ]);
    expect(email.text).toContain('has been resolved.');
    expect(email.attachments?.map((a) => a.filename)).toEqual(['log.txt']);
  });

  it("tells a plain reply how to answer it, and a new expected resolution its time, in the ticket's language", () => {
    const reply = composeLifecycleEmail(desk, ticket('it'), 'replied', 'reply#1', words);
    expect(reply.text).toContain("lasciando [#2026-000001] nell'oggetto");
    const expected = Date.parse('2026-12-03T15:00:00+01:00');
    const moved = composeLifecycleEmail(
      desk,
      ticket('en', { expectedResolutionAt: expected }),
      'expectation-changed',
      'expect#4',
    );
    expect(moved.text).toContain('is now expected by Thursday 3 December 2026 at 15:00');
    expect(moved.attachments).toBeUndefined();
  });
});
