import { describe, expect, it } from 'vitest';
import { composeReopenNotice } from '../../../lib/compose/lifecycle-notice';
import { DEFAULT_DESK_FILE, defaultDesk } from '../../../lib/desk/default-desk';
import { parseDesk } from '../../../lib/desk/parse-desk';
import { aTicket, NO_CONTRACT_TERMS } from '../tickets/fixtures';

const englishDesk = parseDesk({ ...DEFAULT_DESK_FILE, fallbackLanguage: 'en' }, 'english desk');
const replyAt = Date.parse('2026-11-25T11:00:00+01:00');
const reopened = aTicket({
  status: 'in-progress',
  calendarId: 'rome',
  terms: { ...NO_CONTRACT_TERMS, calendarId: 'rome' },
  customer: 'anna@example.net',
  subject: 'Login\r\nBcc: eve@example.org',
  deadlines: { takeCharge: null, resolution: Date.parse('2026-12-02T11:00:00+01:00') },
});

describe('composeReopenNotice', () => {
  it("writes to the operators in the desk's fallback language, with the new deadline", () => {
    const email = composeReopenNotice(englishDesk, reopened, replyAt, 'msg#1');
    expect(email).toMatchObject({
      to: ['operators@example.com'],
      subject: '[#2026-000001] Reopened by the customer',
      language: 'en',
    });
    expect(email.text).toContain(
      'Customer anna@example.net replied on Wednesday 25 November 2026 at 11:00 (Europe/Rome, UTC+1) to ticket 2026-000001',
    );
    expect(email.text).toContain('New resolution deadline: Wednesday 2 December 2026 at 11:00');
    expect(email.text).toContain('Subject: Login Bcc: eve@example.org\n');
  });

  it('says there is no deadline for a ticket without one', () => {
    const bestEffort = { ...reopened, deadlines: { takeCharge: null, resolution: null } };
    expect(composeReopenNotice(defaultDesk(), bestEffort, replyAt, 'msg#1').text).toContain(
      'Nessuna scadenza di risoluzione.',
    );
  });

  it.each([
    ['the same reply', 'msg#1', true],
    ['another reply', 'msg#2', false],
  ])('keeps its Message-ID stable for %s', (_, seed, same) => {
    const id = (s: string) => composeReopenNotice(defaultDesk(), reopened, replyAt, s).headers['Message-ID'];
    expect(id(seed) === id('msg#1')).toBe(same);
  });
});
