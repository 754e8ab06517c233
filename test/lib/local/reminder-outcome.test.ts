import { describe, expect, it } from 'vitest';
import { defaultDesk } from '../../../lib/desk';
import type { ReminderKind } from '../../../lib/domain/vocabulary';
import { reportingReminder } from '../../../lib/local/reminder-outcome';
import type { TicketStore } from '../../../lib/ports/ticket-store';
import type { Ticket } from '../../../lib/tickets';
import { aTicket } from '../tickets/fixtures';

/** A store whose ticket the handler may replace, as the real handler records a sent reminder. */
function world(before: Ticket | null, after: Ticket | null) {
  let current = before;
  const tickets = { get: async () => current } as unknown as TicketStore;
  const handler = async () => {
    current = after;
  };
  return reportingReminder(handler, tickets, defaultDesk());
}

const sent = (kind: ReminderKind) => aTicket({ remindersSent: [{ kind, at: 1 }] });
const reopening = { at: 5, resolvedAt: 3, closedAt: null, resolutionDeadline: 4 };
/** A ticket reopened once (reminder round 1) with the given reminders recorded. */
const reopened = (remindersSent: Ticket['remindersSent']) =>
  aTicket({ reopenings: [reopening], remindersSent });

describe('reportingReminder', () => {
  it.each([
    {
      name: 'an operator reminder it recorded was sent to the operators',
      kind: 'take-charge-due' as const,
      before: aTicket(),
      after: sent('take-charge-due'),
      expected: { outcome: 'sent', to: ['operators@example.com'] },
    },
    {
      name: 'an awaiting-info nudge was sent to the customer',
      kind: 'awaiting-info' as const,
      before: aTicket(),
      after: sent('awaiting-info'),
      expected: { outcome: 'sent', to: ['anna@example.net'] },
    },
    {
      name: 'a reminder already recorded was not sent again',
      kind: 'take-charge-due' as const,
      before: sent('take-charge-due'),
      after: sent('take-charge-due'),
      expected: { outcome: 'already-sent', to: [] },
    },
    {
      name: 'a reminder of a reopened ticket counts only what its current round sent',
      kind: 'resolution-due' as const,
      before: reopened([{ kind: 'resolution-due', at: 1 }]),
      after: reopened([
        { kind: 'resolution-due', at: 1 },
        { kind: 'resolution-due', at: 2, round: 1 },
      ]),
      expected: { outcome: 'sent', to: ['operators@example.com'] },
    },
    {
      name: 'a reminder the ticket did not record was not needed',
      kind: 'resolution-due' as const,
      before: aTicket(),
      after: aTicket(),
      expected: { outcome: 'not-needed', to: [] },
    },
    {
      name: 'a reminder of a missing ticket sent nothing',
      kind: 'resolution-due' as const,
      before: null,
      after: null,
      expected: { outcome: 'no-ticket', to: [] },
    },
  ])('$name', async ({ kind, before, after, expected }) => {
    expect(await world(before, after)({ ticket: '2026-000001', kind })).toEqual(expected);
  });

  it('passes on what a handler reports itself', async () => {
    const wrapped = reportingReminder(
      async () => ({ outcome: 'sent', to: ['x@example.com'] }),
      { get: async () => aTicket() } as unknown as TicketStore,
      defaultDesk(),
    );
    await expect(wrapped({ ticket: '2026-000001', kind: 'take-charge-due' })).resolves.toEqual({
      outcome: 'sent',
      to: ['x@example.com'],
    });
  });
});
