import { describe, expect, it } from 'vitest';
import { noteTicket } from '../../../../lib/tickets/steps/conversation';
import { rawEmail } from '../emails';
import { AS_OPERATOR, HOUR, MONDAY_10 } from '../fixtures';
import { Harness, SETTINGS } from '../harness';

const TICKET = '2026-000001';

describe('an internal note', () => {
  it('is kept beside the ticket once, timed as first written, however late the retry', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    const request = {
      ...AS_OPERATOR,
      changeId: 'note-1',
      words: { text: 'Called the customer.', attachments: [] },
    };
    await noteTicket(desk.ports, TICKET, request, desk.attempt(MONDAY_10 + HOUR), SETTINGS);
    const again = await noteTicket(desk.ports, TICKET, request, desk.attempt(MONDAY_10 + 3 * HOUR), SETTINGS);
    expect(again.changed).toBe(false);
    const notes = (await desk.messages.history(TICKET)).filter((m) => m.kind === 'note');
    expect(notes.map((n) => [n.id, n.at, n.ownWords])).toEqual([
      ['note-1', MONDAY_10 + HOUR, 'Called the customer.'],
    ]);
  });
});
