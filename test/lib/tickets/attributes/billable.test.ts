import { describe, expect, it } from 'vitest';
import { ticketDetailLines } from '../../../../cli/views/ticket-detail';
import { ticketTable } from '../../../../cli/views/ticket-list';
import { TicketRequestError, TicketStateError } from '../../../../lib/tickets/errors';
import { billTicket } from '../../../../lib/tickets/steps/attributes';
import { resolveTicket } from '../../../../lib/tickets/steps/lifecycle';
import { listTickets } from '../../../../lib/tickets/views/list-tickets';
import { ticketDetail } from '../../../../lib/tickets/views/ticket-detail';
import { rawEmail } from '../emails';
import { AS_OPERATOR, OPERATOR } from '../fixtures';
import { Harness, SETTINGS } from '../harness';
import { LATER, NUMBER, operatorAnswer } from './support';

async function twoTickets(firstSubject = 'Errore nella pagina di login'): Promise<Harness> {
  const desk = new Harness();
  await desk.receive('ses-1', rawEmail({ subject: firstSubject }));
  await desk.receive('ses-2', rawEmail({ messageId: 'two@example.net', subject: 'Altro errore' }));
  return desk;
}

describe('billable tickets (policy B)', () => {
  it('marks a ticket billable with when and by whom, its priority and deadlines untouched', async () => {
    const desk = await twoTickets();
    const before = await desk.tickets.get(NUMBER);
    const { ticket } = await billTicket(desk.ports, NUMBER, AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    expect(ticket.billable).toEqual({ at: LATER, actor: OPERATOR });
    expect([ticket.priority, ticket.deadlines]).toEqual([before?.priority, before?.deadlines]);
    expect((await desk.messages.steps(NUMBER)).map((s) => s.action)).toEqual(['bill']);
  });

  it('takes #billable and #fatturabile by email', async () => {
    const desk = await twoTickets();
    await operatorAnswer(desk, 'op-1', '#fatturabile');
    expect((await desk.tickets.get(NUMBER))?.billable).toEqual({ at: LATER, actor: OPERATOR });
    const english = await twoTickets();
    await operatorAnswer(english, 'op-1', '#BILLABLE');
    expect((await english.tickets.get(NUMBER))?.billable?.actor).toBe(OPERATOR);
  });

  it('refuses an urgent ticket: URGENTE is handled first under the contract, not billed', async () => {
    const desk = await twoTickets('URGENTE errore nella pagina di login');
    const attempt = billTicket(desk.ports, NUMBER, AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    await expect(attempt).rejects.toThrow(TicketRequestError);
    await expect(attempt).rejects.toThrow('is urgent: it is handled first under the contract, not billed');
    desk.mail.sent.length = 0;
    expect(await operatorAnswer(desk, 'op-1', '#billable')).toMatchObject({ change: 'operator-rejected' });
    expect((await desk.tickets.get(NUMBER))?.billable).toBeUndefined();
    expect(desk.mail.sent.map((m) => m.to)).toEqual([[OPERATOR]]);
  });

  it('refuses a second marking and a resolved ticket', async () => {
    const desk = await twoTickets();
    await billTicket(desk.ports, NUMBER, AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    await expect(billTicket(desk.ports, NUMBER, AS_OPERATOR, desk.attempt(LATER), SETTINGS)).rejects.toThrow(
      `ticket ${NUMBER} is billable already (marked by ${OPERATOR})`,
    );
    await resolveTicket(desk.ports, '2026-000002', AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    await expect(
      billTicket(desk.ports, '2026-000002', AS_OPERATOR, desk.attempt(LATER), SETTINGS),
    ).rejects.toThrow(TicketStateError);
  });

  it('lists a billable ticket first within its priority, flagged, and shows it', async () => {
    const desk = await twoTickets();
    expect((await listTickets(desk.tickets, desk.desk)).map((v) => v.number)).toEqual([
      NUMBER,
      '2026-000002',
    ]);
    await billTicket(desk.ports, '2026-000002', AS_OPERATOR, desk.attempt(LATER), SETTINGS);
    const views = await listTickets(desk.tickets, desk.desk);
    expect(views.map((v) => v.number)).toEqual(['2026-000002', NUMBER]);
    expect(ticketTable(views)[1]).toMatch(/ billable /);
    expect(views[0]?.billable).toEqual({ at: '2026-11-23T12:00:00+01:00', actor: OPERATOR });
    const lines = ticketDetailLines(await ticketDetail(desk.ports, '2026-000002'));
    expect(lines).toContain(`billable: since 2026-11-23 12:00, marked by ${OPERATOR}`);
  });
});
