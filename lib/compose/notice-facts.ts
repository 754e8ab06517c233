import type { Desk } from '../desk/desk';
import type { Instant } from '../domain/vocabulary';
import { calendarOf } from '../intake/sla-plan';
import type { ComposedTicket } from './composed-ticket';
import { headerSafe } from './header-safe';
import { localTime } from './local-time';
import type { NoticeFlag, NoticeWording } from './notice-wording';
import { targetLines } from './target-lines';

/** Who wrote, as a notice presents them beside the ticket. */
export interface NoticeSender {
  /** The display name of the message's From, as the customer wrote it (hostile: made header-safe here). */
  readonly name: string | null;
  /** False when the sender failed authentication: the From may be forged. */
  readonly verified: boolean;
}

/** The flags of the ticket (and of this sender) that are set, in the wording's order. */
export function noticeFlags(ticket: ComposedTicket, sender: NoticeSender): NoticeFlag[] {
  const set: Record<NoticeFlag, boolean> = {
    urgent: ticket.urgent,
    blocking: ticket.blocking,
    outOfHours: ticket.outOfHours,
    bestEffort: ticket.bestEffort,
    noCredits: ticket.creditConsumed === false,
    unverified: !sender.verified,
  };
  return (Object.keys(set) as NoticeFlag[]).filter((flag) => set[flag]);
}

function tierLine(ticket: ComposedTicket, w: NoticeWording): string {
  const { tier, contract, credits } = ticket.terms;
  const credit = credits === null ? '' : `, ${w.credits}: ${credits}`;
  return `${w.tier}: ${headerSafe(tier)}, ${w.contract}: ${contract ? w.yes : w.no}${credit}`;
}

/** The lines naming the customer, the terms, the flags, the priority, the deadlines and what is missing. */
export function factLines(
  desk: Desk,
  ticket: ComposedTicket,
  sender: NoticeSender,
  w: NoticeWording,
): string[] {
  const language = desk.operatorLanguage;
  const zone = calendarOf(desk, ticket.calendarId).timeZone;
  const when = (at: Instant | null) => (at === null ? w.noDeadline : localTime(at, zone, language));
  const name = headerSafe(ticket.terms.name ?? sender.name ?? '') || '-';
  const flags = noticeFlags(ticket, sender).map((flag) => w.flagNames[flag]);
  const missing = ticket.missingFields.map((field) => w.fields[field]);
  const listed = (name: string) => (ticket.targets ?? []).some((target) => target.name === name);
  return [
    `${w.customer}: ${ticket.customer}`,
    `${w.name}: ${name}`,
    tierLine(ticket, w),
    `${w.flags}: ${flags.length > 0 ? flags.join(', ') : w.none}`,
    `${w.priority}: ${ticket.priority} (${w.impact} ${w.levels[ticket.impact]}, ${w.urgency} ${w.levels[ticket.urgency]})`,
    `${w.status}: ${ticket.status}`,
    // The contract's two deadlines, unless the targets' list below names them (with more to say).
    ...(listed('takeCharge') ? [] : [`${w.takeCharge}: ${when(ticket.deadlines.takeCharge)}`]),
    ...(listed('resolution') ? [] : [`${w.resolution}: ${when(ticket.deadlines.resolution)}`]),
    ...(ticket.expectedResolutionAt === null
      ? []
      : [`${w.expectedResolution}: ${when(ticket.expectedResolutionAt)}`]),
    // Every target, promised or internal (policy C's TI, policy E's levels).
    ...targetLines(desk, ticket, zone),
    `${w.missing}: ${missing.length > 0 ? missing.join('; ') : w.none}`,
    ...(ticket.connectedSystems === undefined
      ? []
      : [`${w.connectedSystems}: ${headerSafe(ticket.connectedSystems) || '-'}`]),
    `${w.subject}: ${headerSafe(ticket.subject) || '-'}`,
  ];
}
