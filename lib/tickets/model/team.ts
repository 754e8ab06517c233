import { requiredFieldsFor } from '../../desk/customer-terms';
import type { Desk, Team } from '../../desk/desk';
import { REQUIRED_FIELDS, type RequiredField } from '../../domain/vocabulary';
import type { Ticket } from './ticket';

/** The name of the team the ticket is with: its own, else the desk's intake team; null on a desk without teams. */
export function currentTeam(desk: Desk, ticket: Pick<Ticket, 'team'>): string | null {
  return ticket.team ?? desk.intakeTeam;
}

/**
 * Who hears about the ticket: the operators of the team it is with. A desk without teams, or a
 * ticket whose team the desk file no longer has, falls back to every operator, so no notice is
 * ever addressed to nobody.
 */
export function teamOperators(desk: Desk, ticket: Pick<Ticket, 'team'>): readonly string[] {
  const name = currentTeam(desk, ticket);
  const team = name === null ? undefined : desk.teams.get(name);
  return team === undefined ? desk.operatorAddresses : team.operators;
}

/**
 * Who is told of an urgent request received out of hours: the intake team's on-call addresses
 * first, then the team itself (the notice is the ticket's first: the team must get it too).
 */
export function urgentOperators(desk: Desk, ticket: Pick<Ticket, 'team'>): readonly string[] {
  const team = desk.intakeTeam === null ? undefined : desk.teams.get(desk.intakeTeam);
  return [...new Set([...(team?.onCall ?? []), ...teamOperators(desk, ticket)])];
}

/** Who gets a notice on the ticket: the urgent request out of hours wakes the on-call addresses too. */
export function noticeRecipients(
  desk: Desk,
  ticket: Pick<Ticket, 'team'>,
  urgent: boolean,
): readonly string[] {
  return urgent ? urgentOperators(desk, ticket) : teamOperators(desk, ticket);
}

/** Fields some team requires that the intake does not ask for: what the intake also looks for and keeps. */
export function teamOnlyFields(desk: Desk): RequiredField[] {
  const wanted = new Set([...desk.teams.values()].flatMap((team) => team.requiredFields));
  return REQUIRED_FIELDS.filter((f) => wanted.has(f) && !desk.requiredFields.includes(f));
}

/** What of a ticket tells which fields it carries. */
type FieldsOfTicket = Pick<Ticket, 'missingFields' | 'suppliedFields' | 'waived' | 'terms'>;

/**
 * The fields the ticket carries, as far as the desk knows: the required fields its intake asked
 * (its customer's or tier's, else the desk's) that are neither missing nor waived, and those the
 * customer's messages supplied for a team. A waived field is not there: the waiver started the
 * SLA clock without it, but a team that needs it still does.
 */
export function ticketFieldsPresent(desk: Desk, ticket: FieldsOfTicket): RequiredField[] {
  const waived = (ticket.waived ?? []).map((w) => w.field);
  const present = new Set([
    ...requiredFieldsFor(desk, ticket.terms).filter(
      (f) => !ticket.missingFields.includes(f) && !waived.includes(f),
    ),
    ...(ticket.suppliedFields ?? []),
  ]);
  return REQUIRED_FIELDS.filter((f) => present.has(f));
}

/** The team's required fields the ticket lacks, in the vocabulary's order. */
export function missingForTeam(desk: Desk, ticket: FieldsOfTicket, team: Team): RequiredField[] {
  const present = ticketFieldsPresent(desk, ticket);
  return REQUIRED_FIELDS.filter((f) => team.requiredFields.includes(f) && !present.includes(f));
}

/** The ticket with `fields` added to what the customer supplied for a team (unchanged when none is new). */
export function withSuppliedFields(ticket: Ticket, fields: readonly RequiredField[]): Ticket {
  const known = ticket.suppliedFields ?? [];
  const added = fields.filter((f) => !known.includes(f));
  if (added.length === 0) return ticket;
  const all = new Set([...known, ...added]);
  return { ...ticket, suppliedFields: REQUIRED_FIELDS.filter((f) => all.has(f)) };
}
