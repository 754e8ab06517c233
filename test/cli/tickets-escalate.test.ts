import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/commands/tickets';
import { UsageError } from '../../cli/usage-error';
import { DynamoTicketStore } from '../../lib/aws/dynamo-ticket-store';
import { startSesPeer } from '../../local/ses-peer';
import { aTicket, NO_CONTRACT_TERMS, OPERATOR } from '../lib/tickets/fixtures';
import { LAWYER, TEAM_DESK_FILE, teamDesk } from '../lib/tickets/team-desk';
import { captured, servedLocalStack } from './support/local-stack';

// The local desk's table (dynalite) holding a desk with teams and one ticket, and its SES outbox,
// behind the local desk's real edge endpoint: the CLI finds them as it finds a running `npm start`,
// through the code that works a deployed stack. The ticket promises no deadline, so it has no
// reminder for a scheduler to move.
const NUMBER = '2026-000001';
const ses = await startSesPeer(0);
afterAll(() => ses.stop());
await servedLocalStack({
  deskJson: JSON.stringify(TEAM_DESK_FILE),
  source: 'test',
  desk: teamDesk(),
  ses: ses.port,
  env: { SUPPORT_DESK_OPERATOR: '' },
  seed: (table) =>
    new DynamoTicketStore(table)
      .create(
        aTicket({
          deadlines: { takeCharge: null, resolution: null },
          bestEffort: true,
          calendarId: 'rome',
          terms: { ...NO_CONTRACT_TERMS, calendarId: 'rome' },
        }),
      )
      .then(() => undefined),
});

async function tickets(args: readonly string[]) {
  const { code, out } = await captured(() => run(args));
  return { code, out };
}

async function outbox(): Promise<Array<{ destination: { to: string[] }; subject: string }>> {
  const store = (await (await fetch(ses.storeUrl)).json()) as {
    emails: Array<{ destination: { to: string[] }; subject: string }>;
  };
  return store.emails;
}

describe('support-desk tickets escalate, on the local desk', () => {
  it('needs a ticket number and a team', async () => {
    await expect(run(['escalate', NUMBER])).rejects.toThrow(
      'escalate needs a ticket number such as 2026-000042 and <TEAM>',
    );
  });

  it('refuses, in one line, a team whose required fields the ticket lacks, changing nothing', async () => {
    const attempt = run(['escalate', NUMBER, 'developers', '--as', OPERATOR]);
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(run(['escalate', NUMBER, 'developers', '--as', OPERATOR])).rejects.toThrow(
      'team developers takes a ticket only with customerNumber, browser, screenshot, description: missing customerNumber',
    );
    expect(await outbox()).toEqual([]);
  });

  it('hands the ticket to the team and tells its operators once', async () => {
    const { code, out } = await tickets(['escalate', NUMBER, 'legal', '--as', OPERATOR]);
    expect(code).toBe(0);
    expect(out).toBe(`${NUMBER} open with team legal, team told\n`);
    const sent = await outbox();
    // The outbox shows the To header as written: the team's operators, no one else.
    expect(sent.map((e) => e.destination.to)).toEqual([[`${LAWYER}, ${OPERATOR}`]]);
    expect(sent[0]?.subject).toContain('Ticket passato al vostro team');
  });

  it('lists the tickets of a team, and refuses a team the desk does not have', async () => {
    const legal = JSON.parse((await tickets(['list', '--team', 'legal', '--json'])).out) as Array<{
      number: string;
      team: string;
    }>;
    expect(legal.map((t) => [t.number, t.team])).toEqual([[NUMBER, 'legal']]);
    expect(JSON.parse((await tickets(['list', '--team', 'first-level', '--json'])).out)).toEqual([]);
    await expect(run(['list', '--team', 'sales'])).rejects.toThrow(
      '--team "sales": expected one of first-level, developers, legal',
    );
  });

  it('shows the team and every escalation', async () => {
    const { out } = await tickets(['show', NUMBER]);
    expect(out).toContain('\nteam: legal\n');
    expect(out).toMatch(
      /\nescalated: \d{4}-\d{2}-\d{2} \d{2}:\d{2} [+-]\d{2}:\d{2} to legal by operators@example\.com\n/,
    );
    const json = JSON.parse((await tickets(['show', NUMBER, '--json'])).out) as {
      team: string;
      escalations: Array<{ team: string; actor: string; at: string }>;
    };
    expect(json.team).toBe('legal');
    expect(json.escalations).toEqual([
      { team: 'legal', actor: OPERATOR, at: expect.stringMatching(/^\d{4}-/) },
    ]);
  });
});
