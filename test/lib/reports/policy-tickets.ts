import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Desk, parseDesk } from '../../../lib/desk';
import type { TargetEvent } from '../../../lib/desk/targets';
import { decide } from '../../../lib/intake';
import { newTicket } from '../../../lib/tickets/intake/new-ticket';
import type { Ticket } from '../../../lib/tickets/model/ticket';
import { escalatedTicket } from '../../../lib/tickets/steps/escalate';
import { ticketCalendar } from '../../../lib/tickets/steps/pauses';
import { escalatedTargets, ticketMeeting } from '../../../lib/tickets/steps/targets';
import { type TestMail, testMail } from '../intake/mail-builder';

// Tickets of the example desks made as the desk makes them: the intake's decision, the new ticket,
// then the steps' effect on its targets (the same pure functions the operator steps apply).

const examples = join(import.meta.dirname, '../../../examples/desks');

/** An example desk's file, as JSON, for a test to amend. */
export const exampleFile = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(examples, `${name}.json`), 'utf8'));

/** An example desk (examples/desks/NAME.json), or the file amended by `change`. */
export const exampleDesk = (
  name: string,
  change: (file: Record<string, unknown>) => void = () => {},
): Desk => {
  const file = exampleFile(name);
  change(file);
  return parseDesk(file, `${name}.json`);
};

/** A wall-clock time in Rome in late November 2026 (UTC+1). */
export const romeNov = (local: string): number => Date.parse(`${local}:00+01:00`);

/** The ticket the intake makes of `mail` received at `at` (Rome, UTC+1). */
export async function received(desk: Desk, number: string, mail: TestMail, at: string): Promise<Ticket> {
  const decision = decide(await testMail(mail), desk, romeNov(at));
  if (decision.outcome !== 'create')
    throw new Error(`the intake did not create a ticket: ${decision.reason}`);
  return newTicket(decision, {
    number,
    customer: decision.customer ?? mail.from ?? '',
    status: decision.status,
    plan: decision.plan,
    notes: [],
  });
}

/** The ticket after `events` at `at`: the targets they meet are met (take charge also sets its time). */
export function meeting(desk: Desk, ticket: Ticket, events: readonly TargetEvent[], at: string): Ticket {
  const when = romeNov(at);
  const stepped: Ticket = {
    ...ticket,
    ...(events.includes('take-charge') ? { takenInChargeAt: when, status: 'in-progress' as const } : {}),
    ...(events.includes('start') ? { startedAt: when } : {}),
  };
  return ticketMeeting(desk, ticketCalendar(stepped, desk), stepped, events, when);
}

/** The ticket handed to `team` at `at`: the team set, its targets started. */
export function escalated(desk: Desk, ticket: Ticket, name: string, at: string): Ticket {
  const team = desk.teams.get(name);
  if (!team) throw new Error(`no team ${name}`);
  const moved = escalatedTicket(ticket, team, romeNov(at), 'first-level@example.com');
  return escalatedTargets(desk, ticketCalendar(moved, desk), moved);
}
