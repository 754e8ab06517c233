import { describe, expect, it } from 'vitest';
import { ticketDetailJson, ticketDetailLines } from '../../../cli/views/ticket-detail';
import { resolveTicket, takeCharge } from '../../../lib/tickets/lifecycle';
import { ticketDetail } from '../../../lib/tickets/ticket-detail';
import { COMPLETE_BODY, rawEmail } from '../../lib/tickets/emails';
import { AS_OPERATOR, HOUR, MONDAY_10 } from '../../lib/tickets/fixtures';
import { Harness, SETTINGS } from '../../lib/tickets/harness';

const TICKET = '2026-000001';

/** A ticket received Monday 10:00 in Rome, taken in charge at 11:00 and resolved at 12:00. */
async function resolvedTicket() {
  const desk = new Harness();
  await desk.receive('ses-1', rawEmail({ body: `${COMPLETE_BODY}\n\n> testo citato` }));
  const expectedResolutionAt = MONDAY_10 + 26 * HOUR;
  await takeCharge(
    desk.ports,
    TICKET,
    { ...AS_OPERATOR, expectedResolutionAt },
    desk.attempt(MONDAY_10 + HOUR),
    SETTINGS,
  );
  await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(MONDAY_10 + 2 * HOUR), SETTINGS);
  return ticketDetail(desk.ports, TICKET);
}

describe('ticketDetailLines', () => {
  it('shows the ticket, then every message and step with who and when, in the desk zone', async () => {
    const lines = ticketDetailLines(await resolvedTicket());
    expect(lines[0]).toBe(`ticket ${TICKET}  resolved  P3  -`);
    expect(lines).toContain('history (times in Europe/Rome):');
    const history = lines.slice(lines.indexOf('history (times in Europe/Rome):') + 1);
    expect(history).toContain('2026-11-23 10:00 +01:00  received request from anna@example.net');
    expect(history).toContain(`  | ${COMPLETE_BODY}`);
    expect(lines.join('\n')).not.toContain('testo citato');
    expect(history).toContain('  attachment: screen.png (image/png, 70 bytes)');
    expect(history).toContain('2026-11-23 10:00 +01:00  sent acknowledgement to anna@example.net');
    expect(history).toContain('2026-11-23 10:00 +01:00  sent operator-notice to operators@example.com');
    expect(history).toContain(
      '2026-11-23 11:00 +01:00  take-charge by operators@example.com (open -> in-progress); expected resolution 2026-11-24 12:00 +01:00',
    );
    expect(history).toContain(
      '2026-11-23 12:00 +01:00  resolve by operators@example.com (in-progress -> resolved)',
    );
    expect(history.filter((line) => line.includes('sent lifecycle'))).toHaveLength(2);
  });
});

describe('ticketDetailJson', () => {
  it('is one object: the listing fields, then the history with ISO times', async () => {
    const shown = JSON.parse(ticketDetailJson(await resolvedTicket())) as {
      number: string;
      status: string;
      history: Record<string, unknown>[];
    };
    expect(shown).toMatchObject({
      number: TICKET,
      status: 'resolved',
      zone: 'Europe/Rome',
      tier: 'standard',
    });
    // request, acknowledgement, the operators' notice, then the steps and what they told the customer
    expect(shown.history.map((e) => e.type)).toEqual([
      'message',
      'message',
      'message',
      'step',
      'message',
      'step',
      'message',
    ]);
    expect(shown.history[0]).toMatchObject({
      direction: 'in',
      kind: 'request',
      at: '2026-11-23T10:00:00+01:00',
      ownWords: COMPLETE_BODY,
      attachments: [{ name: 'screen.png', type: 'image/png', size: 70, inline: false }],
    });
    expect(shown.history[2]).toMatchObject({ direction: 'out', kind: 'operator-notice' });
    expect(shown.history[3]).toMatchObject({
      action: 'take-charge',
      actor: 'operators@example.com',
      at: '2026-11-23T11:00:00+01:00',
      expectedResolutionAt: '2026-11-24T12:00:00+01:00',
      resolutionDeadline: null,
    });
  });
});
