import { formatInZone } from '../../calendar';
import type { Desk } from '../../desk/desk';
import type { Instant } from '../../domain/vocabulary';
import { calendarOf } from '../../intake/sla-plan';
import { ExpectedResolutionError } from '../errors';
import type { Ticket } from './ticket';

/**
 * Refuses an expected resolution time that is not later than both `now` and the ticket's receipt:
 * the customer would be promised a resolution in the past (a typo in the date, as a rule).
 */
export function checkExpectation(desk: Desk, ticket: Ticket, expected: Instant, now: Instant): void {
  if (expected > now && expected > ticket.createdAt) return;
  const calendar = calendarOf(desk, ticket.calendarId);
  const iso = (at: Instant) => formatInZone(calendar, at);
  throw new ExpectedResolutionError(ticket.number, iso(expected), iso(now), iso(ticket.createdAt));
}
