import { describe, expect, it } from 'vitest';
import { readOperatorWords } from '../../../../lib/tickets/operator-mail/commands';
import { rawEmail } from '../emails';
import { HOUR, MONDAY_10, OPERATOR } from '../fixtures';
import { Harness } from '../harness';
import { DEVELOPER, LAWYER, teamDesk } from '../team-desk';

const NUMBER = '2026-000001';
const LATER = MONDAY_10 + 2 * HOUR;

/** An authenticated answer of the first-level operator on the ticket. */
function operatorEmail(body: string, messageId = 'op-1@example.com'): string {
  return [
    `From: Mario <${OPERATOR}>`,
    'To: support@example.com',
    `Subject: Re: [#${NUMBER}] Errore nella pagina di login`,
    `Message-ID: <${messageId}>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');
}

async function deskWithTicket(): Promise<Harness> {
  const desk = new Harness(teamDesk());
  await desk.receive('ses-1', rawEmail());
  desk.mail.sent.length = 0;
  return desk;
}

describe('#escalate and #scala read from an operator email', () => {
  it.each([
    ['#escalate developers', 'developers'],
    ['#scala Legal', 'Legal'],
    ['#ESCALATE network_2', 'network_2'],
  ])('reads %j', (line, team) => {
    expect(readOperatorWords(line, 'Europe/Rome')).toEqual({
      ok: true,
      commands: [{ kind: 'escalate', team }],
      text: '',
    });
  });

  it.each(['#escalate', '#scala second level', '#escalate dev;rm'])(
    'refuses %j, naming the command',
    (line) => {
      expect(readOperatorWords(line, 'Europe/Rome')).toEqual({
        ok: false,
        problem: '#escalate needs a team name (one word, as the desk file names it)',
      });
    },
  );
});

describe('an operator email escalating a ticket', () => {
  it('hands the ticket to the team, which alone is told; nothing goes to the customer', async () => {
    const desk = await deskWithTicket();
    const result = await desk.receive('ses-op', operatorEmail('#scala legal'), LATER);
    expect(result).toMatchObject({ outcome: 'reply', change: 'operator-acted' });
    expect(await desk.tickets.get(NUMBER)).toMatchObject({ team: 'legal', escalations: [{ team: 'legal' }] });
    expect(desk.mail.sent.map((m) => m.to)).toEqual([[LAWYER, OPERATOR]]);
    const history = await desk.messages.history(NUMBER);
    expect(history.find((m) => m.kind === 'operator-email')?.outcome).toBe('escalated to team legal');
  });

  it('is refused before anything runs when the team needs a field the ticket lacks: to that operator only', async () => {
    const desk = await deskWithTicket();
    const before = await desk.tickets.get(NUMBER);
    const result = await desk.receive(
      'ses-op',
      operatorEmail('#take\n#escalate developers\nCi pensiamo noi.'),
      LATER,
    );
    expect(result).toMatchObject({ change: 'operator-rejected' });
    const after = await desk.tickets.get(NUMBER);
    expect(after).toMatchObject({ status: 'open', takenInChargeAt: null });
    expect(after).not.toHaveProperty('team');
    expect(after?.lastStep).toEqual(before?.lastStep);
    expect(await desk.messages.steps(NUMBER)).toEqual([]);
    expect(desk.mail.sent.map((m) => m.to)).toEqual([[OPERATOR]]);
    const answer = await desk.mail.body(0);
    expect(answer).toContain(
      'team developers takes a ticket only with customerNumber, browser, screenshot, description: missing customerNumber',
    );
    expect(desk.mail.sent.some((m) => m.to.includes(DEVELOPER))).toBe(false);
  });

  it('checks a second escalation from where the first leaves the ticket', async () => {
    const desk = await deskWithTicket();
    const result = await desk.receive('ses-op', operatorEmail('#escalate legal\n#escalate legal'), LATER);
    expect(result).toMatchObject({ change: 'operator-rejected' });
    expect(await desk.mail.body(0)).toContain('ticket 2026-000001 is already with team legal');
    expect(await desk.tickets.get(NUMBER)).not.toHaveProperty('team');
  });

  it('names the known teams for an unknown one', async () => {
    const desk = await deskWithTicket();
    await desk.receive('ses-op', operatorEmail('#escalate support'), LATER);
    expect(await desk.mail.body(0)).toContain(
      'unknown team "support" (teams: first-level, developers, legal)',
    );
  });
});
