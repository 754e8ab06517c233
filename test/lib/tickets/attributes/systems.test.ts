import { describe, expect, it } from 'vitest';
import { ticketDetailLines } from '../../../../cli/views/ticket-detail';
import { setConnectedSystems } from '../../../../lib/tickets/steps/attributes';
import { ticketDetail } from '../../../../lib/tickets/views/ticket-detail';
import { COMPLETE_BODY, rawEmail } from '../emails';
import { AS_OPERATOR } from '../fixtures';
import { Harness, SETTINGS } from '../harness';
import { LATER, NUMBER, operatorAnswer } from './support';

const DECLARED = `${COMPLETE_BODY}\nSistemi collegati: ERP SAP, CRM\u001b[2J interno`;

describe('connected systems (policy C)', () => {
  it("keeps the customer's declaration on the ticket, cleaned, and shows it to the operators", async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail({ body: DECLARED }));
    const ticket = await desk.tickets.get(NUMBER);
    expect(ticket?.connectedSystems).toBe('ERP SAP, CRM [2J interno');
    const notice = desk.mail.sent.find((m) => m.to.includes('operators@example.com'));
    expect(notice).toBeDefined();
    const index = desk.mail.sent.indexOf(notice as (typeof desk.mail.sent)[number]);
    expect(await desk.mail.body(index)).toContain('Sistemi collegati: ERP SAP, CRM [2J interno');
    const lines = ticketDetailLines(await ticketDetail(desk.ports, NUMBER));
    expect(lines).toContain('connected systems: ERP SAP, CRM [2J interno');
  });

  it('keeps nothing when the customer declares nothing', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    expect((await desk.tickets.get(NUMBER))?.connectedSystems).toBeUndefined();
  });

  it('lets an operator set or replace it, by CLI or by #systems / #sistemi, refusing an empty text', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail({ body: DECLARED }));
    const { ticket } = await setConnectedSystems(
      desk.ports,
      NUMBER,
      { ...AS_OPERATOR, text: '  gateway\tpagamenti\u0007 ' },
      desk.attempt(LATER),
      SETTINGS,
    );
    expect(ticket.connectedSystems).toBe('gateway pagamenti');
    await operatorAnswer(desk, 'op-1', '#sistemi ERP, magazzino, portale B2B');
    expect((await desk.tickets.get(NUMBER))?.connectedSystems).toBe('ERP, magazzino, portale B2B');
    await operatorAnswer(desk, 'op-2', '#systems billing API');
    expect((await desk.tickets.get(NUMBER))?.connectedSystems).toBe('billing API');
    await expect(
      setConnectedSystems(
        desk.ports,
        NUMBER,
        { ...AS_OPERATOR, text: '\u0007 ' },
        desk.attempt(LATER),
        SETTINGS,
      ),
    ).rejects.toThrow('the connected systems need a text');
    const steps = await desk.messages.steps(NUMBER);
    expect(steps.map((s) => [s.action, s.detail])).toEqual([
      ['systems', 'gateway pagamenti'],
      ['systems', 'ERP, magazzino, portale B2B'],
      ['systems', 'billing API'],
    ]);
  });

  it('answers #systems without a text to the operator, changing nothing', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    const result = await operatorAnswer(desk, 'op-1', '#systems');
    expect(result).toMatchObject({ change: 'operator-rejected' });
    expect((await desk.tickets.get(NUMBER))?.connectedSystems).toBeUndefined();
  });
});
