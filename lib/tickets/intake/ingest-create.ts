import { calendarSnapshot } from '../../calendar';
import { rememberNotice } from '../../compose/notice-thread';
import { isUrgentNotice } from '../../compose/operator-notice';
import { type OutgoingEmail, ownMessageIdOf } from '../../compose/outgoing-email';
import { composeOversizeNotice } from '../../compose/reminder-email';
import type { RequiredField } from '../../domain/vocabulary';
import { calendarOf } from '../../intake/sla-plan';
import { suppliedFields } from '../../intake/ticket-fields';
import { scheduleStep } from '../exactly-once/effects';
import { NUMBER } from '../exactly-once/recorded-steps';
import { recorded, recordStep } from '../exactly-once/step-log';
import { teamOnlyFields, teamOperators } from '../model/team';
import type { Note, Ticket } from '../model/ticket';
import { formatTicketNumber } from '../model/ticket';
import { schedulesFor } from '../reminders/schedule-plan';
import { admitAck, sendAck } from './acknowledge';
import { creditOf, withCredit } from './credit';
import { factsOf, type IngestContext, type IngestResult, logReceived, scopeOf } from './ingest-context';
import { newTicket, ticketYear } from './new-ticket';
import { operatorNotice, sendNotice } from './notify-operators';

/**
 * The fields some team requires beyond the intake's that the request carries: read like the
 * intake's; a request read from its headers only counts as carrying them, as it does the intake's.
 */
function teamFieldsOf(ctx: IngestContext): RequiredField[] {
  const wanted = teamOnlyFields(ctx.ports.desk);
  return ctx.raw.truncated ? wanted : suppliedFields(ctx.mail, ctx.ports.desk, wanted);
}

/** The ticket's number: the one an earlier attempt took, else the next of the year's counter. */
async function ticketNumber(ctx: IngestContext, zone: string): Promise<string> {
  const earlier = recorded(ctx.key, ctx.done, NUMBER);
  if (earlier !== undefined) return earlier;
  const year = ticketYear(ctx.input.receivedAt, zone);
  const sequence = await ctx.ports.tickets.nextSequence(year);
  return recordStep(ctx.ports.work, ctx.key, NUMBER, formatTicketNumber(year, sequence));
}

function notesOf(ctx: IngestContext, routeNote: string | null): Note[] {
  const at = ctx.input.receivedAt;
  const notes: Note[] = routeNote ? [{ at, author: 'desk', text: routeNote }] : [];
  if (!ctx.decision.verified) {
    const text = `sender not verified (SPF and DKIM failed, or DMARC failed): the From may be forged, so no acknowledgement was sent and no contract terms apply`;
    notes.push({ at, author: 'desk', text });
  }
  if (ctx.raw.truncated) {
    const text = `message of ${ctx.raw.size} bytes is over the ${ctx.settings.maxRawBytes}-byte limit: ticket made from its headers only (raw message ${ctx.input.sesMessageId})`;
    notes.push({ at, author: 'desk', text });
  }
  return notes;
}

/** The operators' note that the message was too large, composed from the new ticket. */
function oversizeNotice(ctx: IngestContext, ticket: Ticket): OutgoingEmail {
  return composeOversizeNotice(
    ctx.ports.desk,
    ticket,
    {
      messageId: ctx.mail.messageId ?? '-',
      rawId: ctx.input.sesMessageId,
      size: ctx.raw.size,
      limit: ctx.settings.maxRawBytes,
    },
    // A new ticket's notice: to the team it is with (the intake team), as the created-notice.
    teamOperators(ctx.ports.desk, ticket),
  );
}

/**
 * The ticket as stored: with the ids of the notices about to go out (later notices thread under
 * them) and the names of the schedules about to be made, so that neither costs a save after the
 * ticket is created. The notices are composed before, from the ticket without them.
 */
function storedTicket(
  ticket: Ticket,
  notices: readonly (OutgoingEmail | null)[],
  schedules: readonly string[],
): Ticket {
  const ids = notices.map((email) => (email === null ? '' : ownMessageIdOf(email))).filter((id) => id !== '');
  return {
    ...ticket,
    noticeIds: ids.reduce<string[]>((kept, id) => rememberNotice(kept, id), [...(ticket.noticeIds ?? [])]),
    schedules: [...new Set([...ticket.schedules, ...schedules])],
  };
}

/**
 * A new ticket: its number; the acknowledgement admitted by the throttle and the notices composed,
 * so that the ticket is stored with their ids and its schedules' names; the ticket and the request
 * in the table; operators told if the message was too large, the acknowledgement, the operators'
 * notice (before the acknowledgement for an urgent request out of hours), then the reminder
 * schedules. Each step is skipped or repeated harmlessly by a retry.
 */
export async function createTicket(ctx: IngestContext, routeNote: string | null): Promise<IngestResult> {
  const decided = ctx.decision;
  const calendar = calendarOf(ctx.ports.desk, decided.ticket.calendarId);
  const zone = calendar.timeZone;
  const number = await ticketNumber(ctx, zone);
  // The credit is consumed when the ticket is made: it decides whether the ticket has deadlines at
  // all, which the acknowledgement and the notice say (docs/decisions/ticket-attributes.md).
  const credit = await creditOf(ctx, number, decided);
  const decision = withCredit(ctx.ports.desk, decided, credit);
  const made = newTicket(decision, {
    calendarSnapshot: calendarSnapshot(calendar),
    number,
    customer: decision.customer ?? ctx.mail.from?.address ?? '',
    status: decision.status,
    plan: decision.plan,
    notes: notesOf(ctx, routeNote),
    suppliedFields: teamFieldsOf(ctx),
  });
  const ticket = credit === null ? made : { ...made, creditConsumed: credit.consumed };
  const notice = operatorNotice(ctx, ticket, 'created');
  const oversize = ctx.raw.truncated ? oversizeNotice(ctx, ticket) : null;
  const ack = await admitAck(ctx, number, decision, 'ack');
  // The customer's nudge follows an acknowledgement that asked for something; none goes out, no nudge.
  const reminders = decision.plan.reminders.filter((r) => r.kind !== 'awaiting-info' || ack.admitted);
  const names = schedulesFor(number, reminders, zone, ctx.attempt.now, 0, 0).map((s) => s.name);
  await ctx.ports.tickets.create(storedTicket(ticket, [notice, oversize], names)); // false: an earlier attempt made it
  await logReceived(ctx, number, 'request');
  // An urgent request out of hours must reach someone now (policy B): its notice goes first.
  const urgentNow = isUrgentNotice(ticket, 'created');
  const urgentTold = urgentNow ? await sendNotice(ctx, number, notice) : false;
  const sizeTold = oversize ? await sendNotice(ctx, number, oversize, 'oversize') : false;
  const acked = await sendAck(ctx, number, ack, 'ack');
  const noticeTold = urgentNow ? false : await sendNotice(ctx, number, notice);
  const operatorsTold = urgentTold || sizeTold || noticeTold;
  const schedulesCreated = await scheduleStep(ctx.ports, scopeOf(ctx), number, reminders, zone);
  return {
    outcome: 'created',
    ticket: number,
    ...factsOf(ticket),
    truncated: ctx.raw.truncated,
    effects: { acknowledged: acked.sent, throttled: acked.throttled, schedulesCreated, operatorsTold },
  };
}
