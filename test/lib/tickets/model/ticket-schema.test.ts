import { describe, expect, it } from 'vitest';
import { readTicket } from '../../../../lib/tickets/model/ticket-schema';
import { aTicket, MONDAY_10 } from '../fixtures';

describe('readTicket', () => {
  it('reads a ticket stored before reopenings were recorded as never reopened', () => {
    const { reopenings: _, ...older } = aTicket();
    expect(readTicket(JSON.parse(JSON.stringify(older)))).toEqual({ ticket: aTicket() });
  });

  it('keeps reopenings and the round of each reminder sent', () => {
    const ticket = aTicket({
      reopenings: [{ at: MONDAY_10, resolvedAt: MONDAY_10 - 1000, closedAt: null, resolutionDeadline: null }],
      remindersSent: [
        { kind: 'resolution-due', at: MONDAY_10 - 5000 },
        { kind: 'resolution-due', at: MONDAY_10 + 5000, round: 1 },
      ],
    });
    expect(readTicket(JSON.parse(JSON.stringify(ticket)))).toEqual({ ticket });
  });

  it.each([
    [
      'a reopening without its instant',
      { reopenings: [{ resolvedAt: null, closedAt: null, resolutionDeadline: null }] },
      /^reopenings\.0\.at: /,
    ],
    [
      'a round of zero',
      { remindersSent: [{ kind: 'resolution-due', at: 1, round: 0 }] },
      /^remindersSent\.0\.round: /,
    ],
  ])('names the field of %s', (_, bad, problem) => {
    const result = readTicket({ ...JSON.parse(JSON.stringify(aTicket())), ...bad });
    expect('problem' in result && result.problem).toMatch(problem);
  });
});
