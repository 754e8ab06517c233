import { describe, expect, it } from 'vitest';
import { ticketDetailLines } from '../../../../cli/views/ticket-detail';
import { customerTerms, requiredFieldsFor } from '../../../../lib/desk/customer-terms';
import { TicketRequestError, TicketStateError } from '../../../../lib/tickets/errors';
import { takeCharge } from '../../../../lib/tickets/steps/lifecycle';
import { waiveField } from '../../../../lib/tickets/steps/waive';
import { ticketDetail } from '../../../../lib/tickets/views/ticket-detail';
import { COMPLETE_BODY, INCOMPLETE, rawEmail } from '../emails';
import { AS_OPERATOR, OPERATOR } from '../fixtures';
import { Harness, SETTINGS } from '../harness';
import { exampleDesk, exampleFile, LATER, NUMBER, operatorAnswer } from './support';

const MISSING = ['detectedAt', 'url', 'screenshot', 'browser'];

async function awaitingInfo(): Promise<Harness> {
  const desk = new Harness();
  await desk.receive('ses-1', rawEmail(INCOMPLETE));
  return desk;
}

const waive = (desk: Harness, field: (typeof MISSING)[number], at = LATER) =>
  waiveField(desk.ports, NUMBER, { ...AS_OPERATOR, field: field as 'url' }, desk.attempt(at), SETTINGS);

describe('waiving a missing field', () => {
  it('takes the field off what is missing, records who and when, and keeps the clock stopped while more is missing', async () => {
    const desk = await awaitingInfo();
    expect((await desk.tickets.get(NUMBER))?.missingFields).toEqual(MISSING);
    const { ticket } = await waive(desk, 'url');
    expect(ticket).toMatchObject({
      status: 'awaiting-info',
      missingFields: ['detectedAt', 'screenshot', 'browser'],
      clockStart: null,
      waived: [{ field: 'url', at: LATER, actor: OPERATOR }],
    });
    expect([...desk.scheduler.schedules.keys()]).toEqual(['2026-000001-awaiting-info']);
  });

  it('starts the clock from the last waiver, with the deadlines and reminders a completing reply at that instant gets', async () => {
    const waived = await awaitingInfo();
    for (const field of MISSING) await waive(waived, field);
    const replied = await awaitingInfo();
    const reply = rawEmail({
      subject: `Re: [#${NUMBER}] Errore nella pagina di login`,
      messageId: 'reply-1@mail.example.net',
      inReplyTo: 'req-1@mail.example.net',
      body: COMPLETE_BODY,
    });
    await replied.receive('ses-2', reply, LATER);
    const [a, b] = [await waived.tickets.get(NUMBER), await replied.tickets.get(NUMBER)];
    expect(a).toMatchObject({ status: 'open', missingFields: [], clockStart: LATER });
    expect(a?.deadlines).toEqual(b?.deadlines);
    expect(a?.deadlines.takeCharge).not.toBeNull();
    const at = (h: Harness) =>
      [...h.scheduler.schedules.values()]
        .map((s) => [s.name, s.at])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    expect(at(waived)).toEqual(at(replied));
    expect(waived.scheduler.deletes).toEqual(['2026-000001-awaiting-info']);
  });

  it('tells the customer when the waiver starts the clock, with what is promised, and not before', async () => {
    const desk = await awaitingInfo();
    desk.mail.sent.length = 0;
    for (const field of MISSING.slice(0, -1)) await waive(desk, field);
    expect(desk.mail.sent).toEqual([]);
    await waive(desk, 'browser');
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['anna@example.net']]);
    const body = await desk.mail.body(0);
    expect(body).toContain(
      'è stata accettata dal nostro team anche senza alcune delle informazioni richieste',
    );
    expect(body).toContain('Presa in carico entro:');
  });

  it('takes #waive and #deroga by email, several in one email, then #take', async () => {
    const desk = await awaitingInfo();
    const result = await operatorAnswer(
      desk,
      'op-1',
      '#deroga url\n#waive SCREENSHOT\n#deroga detectedAt\n#waive browser\n#take',
    );
    expect(result).toMatchObject({ change: 'operator-acted' });
    const ticket = await desk.tickets.get(NUMBER);
    expect(ticket).toMatchObject({ status: 'in-progress', clockStart: LATER, takenInChargeAt: LATER });
    expect(ticket?.deadlines.resolution).not.toBeNull();
    expect(ticket?.expectedResolutionAt).toBe(ticket?.deadlines.resolution);
    expect([...desk.scheduler.schedules.keys()].some((n) => n.includes('resolution-due'))).toBe(true);
  });

  it('refuses a field the ticket does not miss, an unknown field, and a ticket that misses nothing', async () => {
    const desk = await awaitingInfo();
    await expect(waive(desk, 'description')).rejects.toThrow(
      `ticket ${NUMBER} does not miss description (missing: detectedAt, url, screenshot, browser)`,
    );
    const rejected = await operatorAnswer(desk, 'op-1', '#waive phone');
    expect(rejected).toMatchObject({ change: 'operator-rejected' });
    expect(await desk.mail.body(desk.mail.sent.length - 1)).toContain('#waive phone: unknown field "phone"');
    const complete = new Harness();
    await complete.receive('ses-1', rawEmail());
    await expect(waive(complete, 'url')).rejects.toThrow(TicketStateError);
  });

  it('lists the waivers in tickets show', async () => {
    const desk = await awaitingInfo();
    await waive(desk, 'url');
    const lines = ticketDetailLines(await ticketDetail(desk.ports, NUMBER));
    expect(lines).toContain(`waived: url by ${OPERATOR} at 2026-11-23 12:00`);
  });
});

describe('taking charge of an incomplete request', () => {
  it('is refused, saying to waive or wait, rather than dropping every deadline', async () => {
    const desk = await awaitingInfo();
    const attempt = takeCharge(
      desk.ports,
      NUMBER,
      { ...AS_OPERATOR, expectedResolutionAt: null },
      desk.attempt(LATER),
      SETTINGS,
    );
    await expect(attempt).rejects.toThrow(TicketRequestError);
    await expect(attempt).rejects.toThrow(
      `ticket ${NUMBER} still misses detectedAt, url, screenshot, browser: waive them first (#waive FIELD, tickets waive N FIELD) or wait for the customer's reply`,
    );
    expect((await desk.tickets.get(NUMBER))?.status).toBe('awaiting-info');
    expect(await operatorAnswer(desk, 'op-1', '#take')).toMatchObject({ change: 'operator-rejected' });
  });

  it("sends an operator's words on it to the customer without taking charge: the request stays incomplete", async () => {
    const desk = await awaitingInfo();
    desk.mail.sent.length = 0;
    await operatorAnswer(desk, 'op-1', "Ci serve l'indirizzo della pagina, grazie.");
    const ticket = await desk.tickets.get(NUMBER);
    expect(ticket).toMatchObject({ status: 'awaiting-info', takenInChargeAt: null });
    expect(desk.mail.sent.map((m) => m.to)).toEqual([['anna@example.net']]);
  });
});

describe('required fields per customer and tier (policy A)', () => {
  const standard = exampleDesk('standard');
  const shortBody =
    'Oggi alle 9:15 il gestionale non calcola le fatture del mese: errore di totale su ogni riga.';

  it('asks a customer with no web application for neither URL nor screenshot', async () => {
    const desk = new Harness(standard);
    await desk.receive(
      'ses-1',
      rawEmail({ from: 'luca@erp.example.net', body: shortBody, screenshot: false }),
    );
    expect(await desk.tickets.get(NUMBER)).toMatchObject({ status: 'open', missingFields: [] });
    const web = new Harness(standard);
    await web.receive('ses-1', rawEmail({ from: 'anna@example.net', body: shortBody, screenshot: false }));
    expect((await web.tickets.get(NUMBER))?.missingFields).toEqual(['url', 'screenshot', 'browser']);
  });

  it("takes a customer's own list over its tier's, and a tier's over the desk's", () => {
    const file = exampleFile('standard') as { tiers: Record<string, Record<string, unknown>> };
    const premium = { ...file.tiers.premium, requiredFields: ['customerNumber'] };
    const desk = exampleDesk('standard', {
      tiers: { ...file.tiers, premium },
      customers: [
        { match: 'premium.example.net', tier: 'premium' },
        { match: 'vip.premium.example.net', tier: 'premium', requiredFields: [] },
      ],
    });
    const terms = (address: string) => customerTerms(desk, [address]);
    expect(requiredFieldsFor(desk, terms('anna@premium.example.net'))).toEqual(['customerNumber']);
    expect(requiredFieldsFor(desk, terms('ceo@vip.premium.example.net'))).toEqual([]);
    expect(requiredFieldsFor(desk, terms('anna@example.org'))).toEqual(standard.requiredFields);
  });
});
