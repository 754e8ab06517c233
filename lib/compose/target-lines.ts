import type { Desk } from '../desk/desk';
import { tierTargets } from '../targets';
import type { ComposedTicket } from './composed-ticket';
import { headerSafe } from './header-safe';
import { localTime } from './local-time';
import { TARGET_WORDING } from './target-wording';

/** What the desk's operators call a target of the ticket's tier, in their language (its name when the desk no longer has it). */
export function targetLabel(desk: Desk, ticket: Pick<ComposedTicket, 'terms'>, name: string): string {
  const target = tierTargets(desk, ticket.terms).find((t) => t.name === name);
  return target?.label[desk.operatorLanguage] ?? name;
}

/**
 * Every target the ticket carries, for the operators: its label, due time, whether the customer was
 * promised it or it is internal, and when it was met. Nothing for a ticket stored before targets
 * (its two deadlines have their own lines).
 */
export function targetLines(desk: Desk, ticket: ComposedTicket, zone: string): string[] {
  const targets = ticket.targets ?? [];
  if (targets.length === 0) return [];
  const language = desk.operatorLanguage;
  const w = TARGET_WORDING[language];
  return [
    w.heading,
    ...targets.map((s) => {
      const kind = s.promised ? w.promised : w.internal;
      const met = s.metAt === null ? '' : `, ${w.met} ${localTime(s.metAt, zone, language)}`;
      const label = headerSafe(targetLabel(desk, ticket, s.name)) || '-';
      return `- ${label}: ${localTime(s.due, zone, language)} (${kind}${met})`;
    }),
  ];
}
