import { type Calendar, formatInZone } from '../../lib/calendar';
import { composeAcknowledgement } from '../../lib/compose';
import type { Desk } from '../../lib/desk';
import type { Instant } from '../../lib/domain/vocabulary';
import { calendarOf, type Decision } from '../../lib/intake';
import type { MailMessage } from '../../lib/mail/message';
import { previewOperatorEmail } from '../../lib/tickets/operator-mail/preview';

/** The ticket number a dry run writes, since it allocates none. */
export const DRY_RUN_TICKET = '0000-000000';

/**
 * The CONTRACT section 4 JSON of a decision, instants written in the customer's calendar zone;
 * for a message from an operator address, `operatorEmail` says whether it would be acted on and
 * which commands were read (instants as epoch milliseconds).
 */
export function dryRunJson(desk: Desk, decision: Decision, message?: MailMessage): Record<string, unknown> {
  const operator = message ? previewOperatorEmail(desk, message) : null;
  const json = decisionJson(desk, decision);
  return operator ? { ...json, operatorEmail: operator } : json;
}

function decisionJson(desk: Desk, decision: Decision): Record<string, unknown> {
  const head = {
    outcome: decision.outcome,
    reason: decision.reason,
    threadRef: decision.threadRef,
    language: decision.language,
  };
  if (decision.outcome === 'ignore')
    return { ...head, messageId: decision.messageId, verified: decision.verified };
  const { ticket, plan } = decision;
  const cal: Calendar = calendarOf(desk, ticket.calendarId);
  const iso = (at: Instant | null) => (at === null ? null : formatInZone(cal, at));
  const create = decision.outcome === 'create';
  const ack = create ? composeAcknowledgement({ desk, decision, ticketNumber: DRY_RUN_TICKET }) : null;
  return {
    ...head,
    urgent: ticket.urgent,
    impact: ticket.impact,
    urgency: ticket.urgency,
    priority: ticket.priority,
    blocking: ticket.blocking,
    missingFields: ticket.missingFields,
    status: decision.status,
    deadlines: { takeCharge: iso(plan.deadlines.takeCharge), resolution: iso(plan.deadlines.resolution) },
    // Every target whose clock started, by name (a team's start on escalation, so none here).
    targets: Object.fromEntries(
      (plan.targets ?? []).map((t) => [
        t.name,
        { start: iso(t.start), due: iso(t.due), warning: iso(t.warning), promised: t.promised },
      ]),
    ),
    acknowledgement: ack && {
      to: ack.to,
      subject: ack.subject,
      language: ack.language,
      headers: ack.headers,
      text: ack.text,
    },
    reminders: create ? plan.reminders.map((r) => ({ at: iso(r.at), kind: r.kind })) : [],
    outOfHours: ticket.outOfHours,
    bestEffort: ticket.bestEffort,
    customer: decision.customer,
    calendar: ticket.calendarId,
    tier: ticket.terms.tier,
    connectedSystems: ticket.connectedSystems ?? null,
    messageId: decision.messageId,
    verified: decision.verified,
  };
}
