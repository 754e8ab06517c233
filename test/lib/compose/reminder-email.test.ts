import { describe, expect, it } from 'vitest';
import { INTERNAL_MARKER } from '../../../lib/compose/internal-marker';
import { noticeRootId } from '../../../lib/compose/notice-thread';
import { composeOperatorReminder, composeOversizeNotice } from '../../../lib/compose/reminder-email';
import { DEFAULT_DESK_FILE } from '../../../lib/desk/default-desk';
import { parseDesk } from '../../../lib/desk/parse-desk';
import { aTicket, NO_CONTRACT_TERMS } from '../tickets/fixtures';

// Customers are answered in Italian by default; these operators read English.
const desk = parseDesk({ ...DEFAULT_DESK_FILE, operatorLanguage: 'en' }, 'english operators');
const ticket = aTicket({
  calendarId: 'rome',
  terms: { ...NO_CONTRACT_TERMS, calendarId: 'rome' },
  noticeIds: [noticeRootId(desk, '2026-000001'), 'later@example.com'],
});
const oversize = { messageId: 'big@example.net', rawId: 'ses-big', size: 200_000, limit: 100_000 };

describe.each([
  [
    'an operator reminder',
    () => composeOperatorReminder(desk, ticket, 'take-charge-due'),
    'Take-charge deadline missed',
  ],
  [
    'the oversize notice',
    () => composeOversizeNotice(desk, ticket, oversize, desk.operatorAddresses),
    'Message too large: headers only',
  ],
])('%s', (_, compose, subject) => {
  it("is written in the operators' language, not the customers' fallback", () => {
    const email = compose();
    expect(email.language).toBe('en');
    expect(email.subject).toBe(`[#2026-000001] ${subject}`);
  });

  it('starts with the internal marker and answers to the desk', () => {
    const email = compose();
    expect(email.text.split('\n')[0]).toBe(INTERNAL_MARKER);
    expect(email.headers['Reply-To']).toBe('support@example.com');
  });

  it("goes in the ticket's thread of notices", () => {
    const root = `<${noticeRootId(desk, '2026-000001')}>`;
    const email = compose();
    expect(email.headers['In-Reply-To']).toBe(root);
    expect(email.headers.References).toBe(`${root} <later@example.com>`);
  });
});
