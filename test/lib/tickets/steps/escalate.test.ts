import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { INTERNAL_MARKER } from '../../../../lib/compose/internal-marker';
import { noticeRootId } from '../../../../lib/compose/notice-thread';
import { parseDeskJson } from '../../../../lib/desk';
import { defaultDesk } from '../../../../lib/desk/default-desk';
import { TicketRequestError } from '../../../../lib/tickets/errors';
import { teamOperators } from '../../../../lib/tickets/model/team';
import { ESCALATIONS_LATEST } from '../../../../lib/tickets/model/ticket-bounds';
import { checkEscalation, escalatedTicket } from '../../../../lib/tickets/steps/escalate';
import { runOperatorStep } from '../../../../lib/tickets/steps/operator-steps';
import { COMPLETE_BODY, rawEmail } from '../emails';
import { aTicket, HOUR, MONDAY_10, OPERATOR } from '../fixtures';
import { Harness, SETTINGS } from '../harness';
import { DEVELOPER, LAWYER, ON_CALL, teamDesk } from '../team-desk';

const NUMBER = '2026-000001';
const LATER = MONDAY_10 + 2 * HOUR;

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TicketRequestError) return error.message;
    throw error;
  }
  return 'not refused';
}

describe('checkEscalation', () => {
  const desk = teamDesk();

  it('hands the ticket to a team it may go to, its name in any case', () => {
    expect(checkEscalation(desk, aTicket(), 'LEGAL').name).toBe('legal');
  });

  it.each([
    ['a desk without teams', defaultDesk(), aTicket(), 'legal', 'this desk has no teams to escalate to'],
    [
      'an unknown team',
      desk,
      aTicket(),
      'support',
      'unknown team "support" (teams: first-level, developers, legal)',
    ],
    [
      'the team it is with (the intake team when it has none)',
      desk,
      aTicket(),
      'first-level',
      'ticket 2026-000001 is already with team first-level',
    ],
    [
      'a team whose fields it lacks',
      desk,
      aTicket({ missingFields: ['screenshot'] }),
      'developers',
      'team developers takes a ticket only with customerNumber, browser, screenshot, description: missing screenshot, customerNumber (ask the customer with #ask)',
    ],
  ])('refuses %s in one line', (_what, d, ticket, team, message) => {
    expect(refusal(() => checkEscalation(d, ticket, team))).toBe(message);
  });

  it('counts a field the customer supplied for a team', () => {
    const ticket = aTicket({ suppliedFields: ['customerNumber'] });
    expect(checkEscalation(desk, ticket, 'developers').name).toBe('developers');
  });

  it('does not count a waived field as supplied: the waiver started the clock, the team still needs it', () => {
    const waived = aTicket({
      suppliedFields: ['customerNumber'],
      waived: [{ field: 'screenshot', at: MONDAY_10, actor: OPERATOR }],
    });
    expect(refusal(() => checkEscalation(desk, waived, 'developers'))).toBe(
      'team developers takes a ticket only with customerNumber, browser, screenshot, description: missing screenshot (ask the customer with #ask)',
    );
  });
});

describe("policy E's levels (examples/desks/two-regions.json)", () => {
  const file = readFileSync(join(import.meta.dirname, '../../../../examples/desks/two-regions.json'), 'utf8');
  const e = parseDeskJson(file, 'two-regions.json');
  const firstContact = aTicket({ calendarId: 'europe', missingFields: [] });

  it('takes a ticket to the second level only with the customer number, browser, screenshot and reproduction', () => {
    for (const team of ['developers', 'network']) {
      expect(refusal(() => checkEscalation(e, firstContact, team))).toBe(
        `team ${team} takes a ticket only with customerNumber, browser, screenshot, description: missing description, screenshot, browser, customerNumber (ask the customer with #ask)`,
      );
    }
    const complete = {
      ...firstContact,
      suppliedFields: ['description', 'screenshot', 'browser', 'customerNumber'] as const,
    };
    expect(checkEscalation(e, complete, 'network').name).toBe('network');
  });

  it('takes a legal question to the legal team as it is', () => {
    expect(checkEscalation(e, firstContact, 'legal').operators).toEqual(['legal@example.com']);
  });
});

describe('escalatedTicket', () => {
  const desk = teamDesk();
  const legal = desk.teams.get('legal')!;
  const developers = desk.teams.get('developers')!;

  it("keeps the assignee who is one of the new team's operators, and clears one who is not", () => {
    const assigned = aTicket({ assignee: OPERATOR });
    expect(escalatedTicket(assigned, legal, LATER, OPERATOR).assignee).toBe(OPERATOR);
    expect(escalatedTicket(assigned, developers, LATER, OPERATOR)).not.toHaveProperty('assignee');
  });

  it('appends the escalation, oldest first, keeping the first and the latest few', () => {
    let ticket = aTicket();
    for (let i = 0; i < ESCALATIONS_LATEST + 5; i++) {
      ticket = escalatedTicket(ticket, i % 2 === 0 ? legal : developers, MONDAY_10 + i, OPERATOR);
    }
    const at = ticket.escalations?.map((e) => e.at - MONDAY_10);
    expect(at).toEqual([0, ...Array.from({ length: ESCALATIONS_LATEST }, (_, i) => i + 5)]);
    expect(ticket.team).toBe('developers');
  });
});

/** A desk with teams holding the ticket of a complete request that gives no customer number. */
async function deskWithTicket(): Promise<Harness> {
  const desk = new Harness(teamDesk());
  await desk.receive('ses-1', rawEmail());
  return desk;
}

function escalate(desk: Harness, team: string, at = LATER, changeId?: string) {
  return runOperatorStep(
    desk.ports,
    NUMBER,
    { action: 'escalate', team },
    { actor: OPERATOR, ...(changeId ? { changeId } : {}) },
    desk.attempt(at),
    SETTINGS,
  );
}

async function customerReply(desk: Harness, sesId: string, body: string, at: number) {
  const raw = rawEmail({
    subject: `Re: [#${NUMBER}] Errore nella pagina di login`,
    messageId: `${sesId}@mail.example.net`,
    body,
    screenshot: false,
  });
  return desk.receive(sesId, raw, at);
}

describe('escalating a ticket', () => {
  it('tells the intake team only of a new ticket, and waits for what the next level needs', async () => {
    const desk = await deskWithTicket();
    const ticket = await desk.tickets.get(NUMBER);
    expect(ticket).toMatchObject({ status: 'open', missingFields: [] });
    expect(ticket).not.toHaveProperty('team');
    expect(ticket).not.toHaveProperty('suppliedFields');
    const notices = desk.mail.sent.filter((m) => !m.to.includes('anna@example.net'));
    expect(notices.map((m) => m.to)).toEqual([[OPERATOR]]);
    await expect(escalate(desk, 'developers')).rejects.toThrow(
      'team developers takes a ticket only with customerNumber, browser, screenshot, description: missing customerNumber',
    );
    expect((await desk.tickets.get(NUMBER))?.version).toBe(ticket?.version);
  });

  it("takes the field from the customer's later reply, then hands the ticket on and tells that team only", async () => {
    const desk = await deskWithTicket();
    await customerReply(desk, 'ses-2', 'Il nostro codice cliente 12345, grazie.', MONDAY_10 + HOUR);
    expect((await desk.tickets.get(NUMBER))?.suppliedFields).toEqual(['customerNumber']);
    const sentBefore = desk.mail.sent.length;
    const result = await escalate(desk, 'developers');
    expect(result).toMatchObject({ changed: true, notified: false, operatorsTold: true });
    const ticket = await desk.tickets.get(NUMBER);
    expect(ticket).toMatchObject({
      team: 'developers',
      escalations: [{ team: 'developers', at: LATER, actor: OPERATOR }],
    });
    const [notice, ...more] = desk.mail.sent.slice(sentBefore);
    expect(more).toEqual([]);
    expect(notice?.to).toEqual([DEVELOPER]);
    const parsed = await simpleParser(Buffer.from(notice!.raw));
    expect(parsed.subject).toBe(`[#${NUMBER}] Ticket passato al vostro team: Errore nella pagina di login`);
    expect(parsed.inReplyTo).toBe(`<${noticeRootId(desk.desk, NUMBER)}>`);
    const text = parsed.text ?? '';
    expect(text.split('\n')[0]).toBe(INTERNAL_MARKER);
    expect(text).toContain(
      `${OPERATOR} ha passato il ticket ${NUMBER} di anna@example.net al team developers`,
    );
    expect(text).toContain(COMPLETE_BODY.slice(0, 60));
    expect(text).toContain('screen.png (image/png');
    expect(text).toContain('#scala TEAM');
    const steps = await desk.messages.steps(NUMBER);
    expect(steps.map((s) => [s.action, s.actor, s.detail])).toEqual([['escalate', OPERATOR, 'developers']]);
  });

  it("sends the ticket's later notices to the team it is with", async () => {
    const desk = await deskWithTicket();
    await escalate(desk, 'legal');
    const before = desk.mail.sent.length;
    await customerReply(desk, 'ses-3', 'Avete novità sulla nostra richiesta di ieri?', LATER + HOUR);
    expect(desk.mail.sent.slice(before).map((m) => m.to)).toEqual([[LAWYER, OPERATOR]]);
    expect(teamOperators(desk.desk, (await desk.tickets.get(NUMBER))!)).toEqual([LAWYER, OPERATOR]);
  });

  it('done again by the same change, hands on and tells the team once', async () => {
    const desk = await deskWithTicket();
    await escalate(desk, 'legal', LATER, 'op-email#0');
    const before = desk.mail.sent.length;
    const again = await escalate(desk, 'legal', LATER + 1, 'op-email#0');
    expect(again).toMatchObject({ changed: false, operatorsTold: false });
    expect(desk.mail.sent).toHaveLength(before);
    expect((await desk.tickets.get(NUMBER))?.escalations).toHaveLength(1);
  });

  it('re-plans the pending reminders of the deadlines (the new team starts its targets)', async () => {
    const desk = await deskWithTicket();
    const pending = [...desk.scheduler.schedules.keys()].sort();
    expect(pending.length).toBeGreaterThan(0);
    await escalate(desk, 'legal');
    expect(desk.scheduler.deletes.sort()).toEqual(pending);
    expect([...desk.scheduler.schedules.keys()].sort()).toEqual(pending);
  });

  it('is refused on a resolved ticket by its status, in one line', async () => {
    const desk = await deskWithTicket();
    await runOperatorStep(
      desk.ports,
      NUMBER,
      { action: 'resolve' },
      { actor: OPERATOR },
      desk.attempt(LATER),
      SETTINGS,
    );
    await expect(escalate(desk, 'legal', LATER + HOUR)).rejects.toThrow(
      'ticket 2026-000001 is resolved: cannot escalate',
    );
  });
});

describe('an urgent request out of hours', () => {
  it("is told to the intake team's on-call addresses and to the team, marked important", async () => {
    const desk = new Harness(teamDesk());
    const evening = MONDAY_10 + 10 * HOUR;
    await desk.receive('ses-1', rawEmail({ subject: 'URGENTE: login bloccato' }), evening);
    const notices = desk.mail.texts().filter((t) => t.includes('Importance: high'));
    expect(notices).toHaveLength(1);
    const first = desk.mail.sent.find((m) => !m.to.includes('anna@example.net'));
    expect(first?.to).toEqual([ON_CALL, OPERATOR]);
  });

  it('is told to the team alone on a desk without on-call addresses', async () => {
    const desk = new Harness(defaultDesk());
    await desk.receive('ses-1', rawEmail({ subject: 'URGENTE: login bloccato' }), MONDAY_10 + 10 * HOUR);
    const first = desk.mail.sent.find((m) => !m.to.includes('anna@example.net'));
    expect(first?.to).toEqual([OPERATOR]);
  });
});
