import { type ClosureAhead, closureAhead, nextOpening } from '../calendar';
import type { Desk } from '../desk/desk';
import type { Instant, Language } from '../domain/vocabulary';
import type { ActDecision } from '../intake/decision';
import { calendarOf } from '../intake/sla-plan';
import { headerSafe } from './header-safe';
import { localDate, localTime } from './local-time';
import { deskMessageId } from './message-id';
import { deskHeaders, type OutgoingEmail, outgoingEmail } from './outgoing-email';
import { promisedLines } from './promised-lines';
import { ticketSubject, ticketToken } from './subject';
import { ACK_WORDING, type AckWording, fill } from './wording';

/** What an acknowledgement needs beyond the decision: the ticket's number. */
export interface AcknowledgementInput {
  readonly desk: Desk;
  readonly decision: ActDecision;
  /** e.g. `2026-000042`; a dry run uses `0000-000000`. */
  readonly ticketNumber: string;
}

type At = (instant: Instant) => string;

/**
 * The promised targets, each in its own wording (a plan made before targets: its two deadlines),
 * or that nothing is guaranteed.
 */
function deadlineLines(desk: Desk, d: ActDecision, w: AckWording, at: At, language: Language): string[] {
  if (d.status === 'awaiting-info') return [];
  if (d.plan.targets !== undefined) {
    const lines = promisedLines(desk, d.ticket.terms, d.plan.targets, language, at);
    return lines.length > 0 ? lines : [w.bestEffort];
  }
  const { takeCharge, resolution } = d.plan.deadlines;
  if (takeCharge === null && resolution === null) return [w.bestEffort];
  return [
    ...(takeCharge !== null ? [fill(w.takeCharge, { at: at(takeCharge) })] : []),
    ...(resolution !== null ? [fill(w.resolution, { at: at(resolution) })] : []),
  ];
}

function missingLines(d: ActDecision, w: AckWording, token: string): string[] {
  if (d.ticket.missingFields.length === 0) return [];
  return [
    w.missingIntro,
    ...d.ticket.missingFields.map((f) => `- ${w.fields[f]}`),
    '',
    fill(w.missingHow, { token }),
  ];
}

function outOfHoursLines(desk: Desk, d: ActDecision, w: AckWording, at: At, closure: boolean): string[] {
  if (!d.ticket.outOfHours) return [];
  if (d.ticket.outOfHoursCover) return [w.outOfHoursCovered];
  // During a named closure its own line says when support reopens.
  const reopens = closure ? null : nextOpening(calendarOf(desk, d.ticket.calendarId), d.receivedAt);
  return [w.outOfHours, ...(reopens !== null ? [fill(w.outOfHoursReopens, { at: at(reopens) })] : [])];
}

/** The closure the desk is in (or enters before it next opens), by its name in the customer's language. */
function closureLines(closure: ClosureAhead | null, w: AckWording, at: At, language: Language): string[] {
  if (closure === null || closure.reopensAt === null) return [];
  const name = closure.names[language] ?? closure.names['*'] ?? Object.values(closure.names)[0] ?? '';
  return [
    fill(w.closure, {
      closure: name,
      last: localDate(closure.lastDate, language),
      at: at(closure.reopensAt),
    }),
  ];
}

/** The acknowledgement's text in the ticket's language: ticket, priority, deadlines, what is missing, what happens next. */
export function acknowledgementText(
  { desk, decision: d, ticketNumber }: AcknowledgementInput,
  language: Language,
): string {
  const w = ACK_WORDING[language];
  const calendar = calendarOf(desk, d.ticket.calendarId);
  const zone = calendar.timeZone;
  const closure = closureAhead(calendar, d.receivedAt);
  const at: At = (instant) => localTime(instant, zone, language);
  const subject = headerSafe(d.acknowledgement?.subject ?? d.subject) || '-';
  const blocks = [
    [w.greeting, '', fill(w.received, { subject, ticket: ticketNumber })],
    [
      fill(w.priority, { priority: w.priorities[d.ticket.priority] }),
      ...deadlineLines(desk, d, w, at, language),
    ],
    closureLines(closure, w, at, language),
    outOfHoursLines(desk, d, w, at, closure !== null && closure.reopensAt !== null),
    missingLines(d, w, ticketToken(ticketNumber)),
    [w.replyHint, '', w.closing],
  ];
  return `${blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n')}\n`;
}

/** The acknowledgement of a new ticket, or null when the decision has nobody to answer. */
export function composeAcknowledgement(input: AcknowledgementInput): OutgoingEmail | null {
  const plan = input.decision.acknowledgement;
  if (!plan) return null;
  const seed = plan.inReplyTo ?? `${input.decision.receivedAt}:${plan.to.join(',')}`;
  const headers = deskHeaders({
    messageId: deskMessageId(input.ticketNumber, 'ack', seed, input.desk.fromAddress),
    inReplyTo: plan.inReplyTo,
    references: plan.references,
  });
  return outgoingEmail({
    from: input.desk.fromAddress,
    to: plan.to,
    subject: ticketSubject(input.ticketNumber, plan.subject, plan.language),
    language: plan.language,
    headers,
    text: acknowledgementText(input, plan.language),
  });
}
