import { composeOperatorNotice } from '../../compose/operator-notice';
import type { OutgoingEmail } from '../../compose/outgoing-email';
import type { Desk, Team } from '../../desk/desk';
import type { Instant } from '../../domain/vocabulary';
import type { TicketPorts } from '../deps';
import { TicketRequestError } from '../errors';
import { operatorAddress } from '../model/actor';
import type { TicketMessage } from '../model/message';
import { ALLOWED_FROM } from '../model/step-statuses';
import { currentTeam, missingForTeam, teamOperators } from '../model/team';
import type { Ticket } from '../model/ticket';
import { boundedTicket } from '../model/ticket-bounds';
import { requestStep, type StepRequest, type Transition } from './lifecycle-run';

/**
 * The team an escalation hands the ticket to, when it may: the desk has that team, the ticket is
 * not with it already, and the ticket carries every field the team requires (policy E's second
 * level needs the customer number, browser, screenshot and steps to reproduce). Otherwise a
 * TicketRequestError in one line naming what is wrong: the missing fields, or the known teams.
 */
export function checkEscalation(desk: Desk, ticket: Ticket, name: string): Team {
  const wanted = name.trim().toLowerCase();
  const team = [...desk.teams.values()].find((t) => t.name.toLowerCase() === wanted);
  if (desk.teams.size === 0) throw new TicketRequestError('this desk has no teams to escalate to');
  const shown = JSON.stringify(name.slice(0, 40));
  if (team === undefined) {
    throw new TicketRequestError(`unknown team ${shown} (teams: ${[...desk.teams.keys()].join(', ')})`);
  }
  if (currentTeam(desk, ticket) === team.name) {
    throw new TicketRequestError(`ticket ${ticket.number} is already with team ${team.name}`);
  }
  const missing = missingForTeam(desk, ticket, team);
  if (missing.length > 0) {
    throw new TicketRequestError(
      `team ${team.name} takes a ticket only with ${team.requiredFields.join(', ')}: missing ${missing.join(', ')} (ask the customer with #ask)`,
    );
  }
  return team;
}

/**
 * The ticket with the team: its team set, the escalation appended (bounded), its assignee kept
 * only when they are one of the team's operators (else the team picks who takes it).
 */
export function escalatedTicket(ticket: Ticket, team: Team, at: Instant, actor: string): Ticket {
  const { assignee, ...rest } = ticket;
  const kept = assignee !== undefined && team.operators.includes(assignee) ? { assignee } : {};
  return boundedTicket({
    ...rest,
    ...kept,
    team: team.name,
    escalations: [...(ticket.escalations ?? []), { team: team.name, at, actor }],
  });
}

/** The customer's first request in the history: what the team needs to read. */
function firstRequest(history: readonly TicketMessage[]): TicketMessage | undefined {
  return history.find((m) => m.direction === 'in' && m.kind === 'request');
}

/** The escalated-notice: to the team's operators, in their language, with the customer's first request. */
async function escalationNotice(
  ports: TicketPorts,
  ticket: Ticket,
  changeId: string,
): Promise<OutgoingEmail> {
  const escalation = ticket.escalations?.at(-1);
  const request = firstRequest(await ports.messages.history(ticket.number));
  return composeOperatorNotice(ports.desk, ticket, {
    event: 'escalated',
    at: escalation?.at ?? ticket.createdAt,
    seed: `escalated#${changeId}`,
    // The notice names the ticket's flags; whether its sender was authenticated is in its notes.
    sender: { name: null, verified: true },
    words: request?.ownWords ?? '',
    attachments: (request?.attachments ?? []).map((a) => ({
      filename: a.name,
      contentType: a.type,
      size: a.size,
      inline: a.inline,
    })),
    escalation: { team: escalation?.team ?? '', actor: escalation?.actor ?? '' },
    // The team it now is with.
    to: teamOperators(ports.desk, ticket),
  });
}

function escalateStep({ team: name, actor }: StepRequest & { readonly team: string }): Transition {
  return {
    action: 'escalate',
    verb: 'escalate',
    from: ALLOWED_FROM.escalate,
    check: (ticket, _now, desk) => {
      checkEscalation(desk, ticket, name);
    },
    apply: (ticket, now, desk) =>
      escalatedTicket(ticket, checkEscalation(desk, ticket, name), now, operatorAddress(desk, actor)),
    event: null,
    unschedule: [],
    // The team's own targets start from its escalation (targets read ticket.escalations).
    replan: true,
    detail: (after) => after.team ?? '',
    notice: escalationNotice,
  };
}

/**
 * Hands the ticket to a team of the desk (`#escalate TEAM`, `tickets escalate N TEAM`): the team
 * and the escalation saved with who did it, the reminders re-planned, the team's operators told
 * once. Refused, in one line, for a team it cannot go to (checkEscalation).
 */
export const escalateTicket = requestStep(escalateStep);
