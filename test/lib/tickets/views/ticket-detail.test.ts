import { describe, expect, it } from 'vitest';
import { TicketNotFoundError } from '../../../../lib/tickets/errors';
import { resolveTicket, takeCharge } from '../../../../lib/tickets/steps/lifecycle';
import { ticketDetail } from '../../../../lib/tickets/views/ticket-detail';
import { rawEmail } from '../emails';
import { failStepWrites } from '../fakes';
import { AS_OPERATOR, HOUR, MONDAY_10, OPERATOR } from '../fixtures';
import { Harness, SETTINGS } from '../harness';

const TICKET = '2026-000001';

describe('ticketDetail', () => {
  it('gives the ticket with every message and operator step, in time order', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    await takeCharge(
      desk.ports,
      TICKET,
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(MONDAY_10 + HOUR),
      SETTINGS,
    );
    await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(MONDAY_10 + 2 * HOUR), SETTINGS);
    const detail = await ticketDetail(desk.ports, TICKET);
    expect(detail.ticket.status).toBe('resolved');
    expect(detail.view).toMatchObject({ number: TICKET, status: 'resolved', zone: 'Europe/Rome' });
    expect(
      detail.history.map((e) =>
        e.type === 'message' ? `${e.message.direction} ${e.message.kind}` : `step ${e.step.action}`,
      ),
    ).toEqual([
      'in request',
      'out acknowledgement',
      'out operator-notice',
      'step take-charge',
      'out lifecycle',
      'step resolve',
      'out lifecycle',
    ]);
    expect(detail.steps.map((s) => [s.action, s.actor])).toEqual([
      ['take-charge', OPERATOR],
      ['resolve', OPERATOR],
    ]);
    expect(detail.messages).toHaveLength(5);
    const times = detail.history.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('shows the latest step even when its command stopped before logging it', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    failStepWrites(desk.messages, Number.POSITIVE_INFINITY);
    await resolveTicket(desk.ports, TICKET, AS_OPERATOR, desk.attempt(MONDAY_10 + HOUR), SETTINGS).catch(
      () => undefined,
    );
    const detail = await ticketDetail(desk.ports, TICKET);
    expect(detail.steps.map((s) => [s.action, s.actor, s.at])).toEqual([
      ['resolve', OPERATOR, MONDAY_10 + HOUR],
    ]);
  });

  it('says which ticket does not exist', async () => {
    await expect(ticketDetail(new Harness().ports, '2026-000009')).rejects.toThrow(TicketNotFoundError);
  });
});
