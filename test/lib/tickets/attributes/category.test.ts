import { describe, expect, it } from 'vitest';
import { ticketDetailLines } from '../../../../cli/views/ticket-detail';
import { ticketListJson, ticketTable } from '../../../../cli/views/ticket-list';
import { TicketRequestError } from '../../../../lib/tickets/errors';
import { classifyTicket } from '../../../../lib/tickets/steps/attributes';
import { listTickets } from '../../../../lib/tickets/views/list-tickets';
import { ticketDetail } from '../../../../lib/tickets/views/ticket-detail';
import { rawEmail } from '../emails';
import { AS_OPERATOR } from '../fixtures';
import { Harness, SETTINGS } from '../harness';
import { exampleDesk, LATER, NUMBER, operatorAnswer } from './support';

async function splitShiftTicket(): Promise<Harness> {
  const desk = new Harness(exampleDesk('split-shift'));
  await desk.receive('ses-1', rawEmail());
  return desk;
}

describe('categories (policy D)', () => {
  it("split-shift.json lists policy D's seven, with names in Italian and English", () => {
    const desk = exampleDesk('split-shift');
    expect(desk.categories.map((c) => c.id)).toEqual([
      'bug',
      'enhancement',
      'help-desk',
      'billable',
      'not-accepted',
      'out-of-remit',
      'vulnerability',
    ]);
    expect(desk.categories[6]?.names).toEqual({ it: 'Vulnerabilità riscontrata', en: 'Vulnerability found' });
  });

  it('classifies a ticket from the CLI use case, any case, and records who did it', async () => {
    const desk = await splitShiftTicket();
    const { ticket } = await classifyTicket(
      desk.ports,
      NUMBER,
      { ...AS_OPERATOR, category: 'Vulnerability' },
      desk.attempt(LATER),
      SETTINGS,
    );
    expect(ticket.category).toBe('vulnerability');
    const steps = await desk.messages.steps(NUMBER);
    expect(steps.map((s) => [s.action, s.detail])).toEqual([['classify', 'vulnerability']]);
    expect(desk.mail.sent.filter((m) => m.to.includes('anna@example.net'))).toHaveLength(1); // the ack only
  });

  it('refuses an unknown category in one line listing the valid ones, and changes nothing', async () => {
    const desk = await splitShiftTicket();
    const attempt = classifyTicket(
      desk.ports,
      NUMBER,
      { ...AS_OPERATOR, category: 'feature' },
      desk.attempt(LATER),
      SETTINGS,
    );
    await expect(attempt).rejects.toThrow(TicketRequestError);
    await expect(attempt).rejects.toThrow(
      'unknown category "feature": expected one of bug, enhancement, help-desk, billable, not-accepted, out-of-remit, vulnerability',
    );
    expect((await desk.tickets.get(NUMBER))?.category).toBeUndefined();
  });

  it('takes #category and #categoria by email, and answers an unknown one to the operator only', async () => {
    const desk = await splitShiftTicket();
    await operatorAnswer(desk, 'op-1', '#categoria help-desk');
    expect((await desk.tickets.get(NUMBER))?.category).toBe('help-desk');
    await operatorAnswer(desk, 'op-2', '#category bug');
    expect((await desk.tickets.get(NUMBER))?.category).toBe('bug');
    desk.mail.sent.length = 0;
    const result = await operatorAnswer(desk, 'op-3', '#category nonsense\nTesto per il cliente');
    expect(result).toMatchObject({ change: 'operator-rejected' });
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['operators@example.com']]);
    expect(await desk.mail.body(0)).toContain('unknown category "nonsense": expected one of bug,');
    expect((await desk.tickets.get(NUMBER))?.category).toBe('bug');
  });

  it('says a desk without categories has none to offer', async () => {
    const desk = new Harness();
    await desk.receive('ses-1', rawEmail());
    await expect(
      classifyTicket(desk.ports, NUMBER, { ...AS_OPERATOR, category: 'bug' }, desk.attempt(LATER), SETTINGS),
    ).rejects.toThrow('defines no categories (desk file: categories)');
  });

  it('shows in the list (a column, a filter, the JSON) and in tickets show', async () => {
    const desk = await splitShiftTicket();
    await desk.receive('ses-2', rawEmail({ messageId: 'two@example.net', subject: 'Altro' }));
    await operatorAnswer(desk, 'op-1', '#category vulnerability');
    const all = await listTickets(desk.tickets, desk.desk);
    const [header, ...rows] = ticketTable(all);
    expect(header).toContain('category');
    expect(rows.some((r) => / it +vulnerability +/.test(r))).toBe(true);
    const only = await listTickets(desk.tickets, desk.desk, { category: 'vulnerability' });
    expect(only.map((v) => v.number)).toEqual([NUMBER]);
    const json = JSON.parse(ticketListJson(only)) as Record<string, unknown>[];
    expect(json[0]).toMatchObject({ category: 'vulnerability', categoryName: 'Vulnerabilità riscontrata' });
    const lines = ticketDetailLines(await ticketDetail(desk.ports, NUMBER));
    expect(lines).toContain('category: vulnerability (Vulnerabilità riscontrata)');
  });
});

describe('desk-file categories', () => {
  const base = (categories: unknown) => ({ categories });

  it('takes a bare id, naming it by its id in both languages', () => {
    const desk = exampleDesk('standard', base(['bug', { id: 'help-desk', names: { en: 'Help desk' } }]));
    expect(desk.categories).toEqual([
      { id: 'bug', names: { it: 'bug', en: 'bug' } },
      { id: 'help-desk', names: { it: 'help-desk', en: 'Help desk' } },
    ]);
  });

  it.each([
    [['Bug'], 'categories[0]'],
    [['bug', 'bug'], 'categories[1]: category "bug" twice'],
    [[{ id: 'bug', names: { fr: 'Bogue' } }], 'categories[0]'],
  ])('refuses %j naming %s', (categories, where) => {
    expect(() => exampleDesk('standard', base(categories))).toThrow(where);
  });

  it('defaults to none, so every existing desk file still loads', () => {
    expect(exampleDesk('standard').categories).toEqual([]);
  });
});
