import type { Desk } from '../desk/desk';
import type { Instant } from '../domain/vocabulary';
import { calendarOf } from '../intake/sla-plan';
import type { ComposedTicket } from './composed-ticket';
import { LIFECYCLE_WORDING, type LifecycleWording } from './lifecycle-wording';
import { localTime } from './local-time';
import { deskMessageId } from './message-id';
import { type OperatorWords, wordsLines } from './operator-words';
import type { OutgoingEmail } from './outgoing-email';
import { promisedLines } from './promised-lines';
import { customerEmail, customerValues } from './ticket-email';
import { fill } from './wording';

/**
 * The steps the customer is told about: the lifecycle's, an operator's plain reply (no change of
 * state), a new expected resolution and a clarification request (the ticket waits for the answer).
 */
export type LifecycleEvent =
  | 'taken-in-charge'
  | 'resolved'
  | 'closed'
  | 'reopened'
  | 'replied'
  | 'expectation-changed'
  | 'clarification-requested'
  | 'request-accepted';

function bodyLines(
  desk: Desk,
  event: LifecycleEvent,
  ticket: ComposedTicket,
  w: LifecycleWording,
  at: (i: Instant) => string,
): string[] {
  const values = customerValues(ticket);
  if (event === 'taken-in-charge') {
    // A resolution the customer was not promised is told only once an operator gives it (policy B).
    const unpromised = ticket.targets?.some((t) => t.name === 'resolution' && !t.promised) ?? false;
    const expected = ticket.expectedResolutionAt ?? (unpromised ? null : ticket.deadlines.resolution);
    // The other targets still promised (policy C's intervention); the resolution has its own line.
    const promised = promisedLines(desk, ticket.terms, ticket.targets ?? [], ticket.language, at, [
      'resolution',
    ]);
    return [
      fill(w.takenInCharge, values),
      ...promised,
      expected === null ? w.noExpectedResolution : fill(w.expectedResolution, { at: at(expected) }),
    ];
  }
  if (event === 'replied') return [fill(w.replyHint, values)];
  // A waiver completed the request: the customer learns the clock runs, and what is promised.
  if (event === 'request-accepted') {
    const promised = promisedLines(desk, ticket.terms, ticket.targets ?? [], ticket.language, at);
    return [fill(w.requestAccepted, values), ...promised];
  }
  if (event === 'clarification-requested') return [fill(w.clarificationHint, values)];
  if (event === 'expectation-changed') {
    const expected = ticket.expectedResolutionAt;
    return [
      expected === null
        ? w.noExpectedResolution
        : fill(w.newExpectedResolution, { ...values, at: at(expected) }),
    ];
  }
  if (event === 'resolved') return [fill(w.resolved, values), '', fill(w.resolvedHint, values)];
  if (event === 'reopened') {
    if (ticket.status === 'awaiting-info') return [fill(w.reopened, values), fill(w.stillMissing, values)];
    const resolution = ticket.deadlines.resolution;
    return [
      fill(w.reopened, values),
      resolution === null ? w.noExpectedResolution : fill(w.expectedResolution, { at: at(resolution) }),
    ];
  }
  return [fill(w.closed, values), '', w.closedHint];
}

/**
 * The email telling the customer, in the ticket's language, that it was taken in charge (with
 * the expected resolution time), resolved, closed or reopened by an operator (with the new
 * resolution deadline, or what is still missing), or what an operator wrote. The operator's
 * words, when there are any, come first and their files go with it. `changeId` makes its
 * Message-ID stable across retries of the same change.
 */
export function composeLifecycleEmail(
  desk: Desk,
  ticket: ComposedTicket,
  event: LifecycleEvent,
  changeId: string,
  words?: OperatorWords,
): OutgoingEmail {
  const w = LIFECYCLE_WORDING[ticket.language];
  const zone = calendarOf(desk, ticket.calendarId).timeZone;
  const at = (instant: Instant) => localTime(instant, zone, ticket.language);
  const messageId = deskMessageId(ticket.number, event, changeId, desk.fromAddress);
  const written = wordsLines(words);
  const said = written.length > 0 ? [...written, ''] : [];
  const lines = [w.greeting, '', ...said, ...bodyLines(desk, event, ticket, w, at), '', w.closing];
  return customerEmail(desk, ticket, messageId, lines, words?.attachments ?? []);
}
