import type { ActDecision } from '../../intake/decision';
import { calendarOf, planSla } from '../../intake/sla-plan';
import { suppliedFields } from '../../intake/ticket-fields';
import { deleteRetired, retiring, scheduleStep, schedulesOfKinds } from '../exactly-once/effects';
import { CHANGE, FATE, UPDATED } from '../exactly-once/recorded-steps';
import { isDone, recorded, recordStep } from '../exactly-once/step-log';
import { existingTicket, updateTicket } from '../exactly-once/update-ticket';
import { teamOnlyFields, withSuppliedFields } from '../model/team';
import type { Ticket } from '../model/ticket';
import { schedulesFor } from '../reminders/schedule-plan';
import { ticketCalendar } from '../steps/pauses';
import { reminderRound, reopenedWithTargets } from '../steps/reopen';
import { resumedChange } from '../steps/resume';
import { acknowledge } from './acknowledge';
import {
  factsOf,
  type IngestContext,
  type IngestResult,
  logReceived,
  NO_EFFECTS,
  scopeOf,
} from './ingest-context';
import { followReopening } from './ingest-reopen';
import { followResume } from './ingest-resume';
import { ticketFieldsOf } from './new-ticket';
import { tellOperators } from './notify-operators';
import { applyReplyChange, isFromCustomer, type ReplyChange, replyChange } from './reply-change';
import { countThirdParty, type ThirdPartyFate, thirdPartyFate } from './third-party';

/** The reply's change, as decided by the first attempt that got this far. */
async function decidedChange(ctx: IngestContext, ticket: Ticket): Promise<ReplyChange> {
  const earlier = recorded(ctx.key, ctx.done, CHANGE);
  if (earlier !== undefined) return earlier;
  const { desk } = ctx.ports;
  const supplied = ctx.raw.truncated
    ? ticket.missingFields
    : suppliedFields(ctx.mail, desk, ticket.missingFields);
  const decided = replyChange(
    ticket,
    supplied,
    ctx.input.receivedAt,
    (start) => planSla(desk, ticket, start),
    (at) => resumedChange(ticket, at, ticketCalendar(ticket, desk), desk),
  );
  // A reopening restarts the targets met by the resolution; the others stay as they were.
  const change =
    decided.kind === 'reopened' && ticket.clockStart !== null
      ? { ...decided, targets: reopenedWithTargets(desk, ticket, decided.at).targets ?? [] }
      : decided;
  return recordStep(ctx.ports.work, ctx.key, CHANGE, change);
}

/**
 * The acknowledgement of a completed request: the ticket's own fields, terms and language (not the
 * reply's), and the deadlines and targets its completion started.
 */
function completedDecision(
  ctx: IngestContext,
  ticket: Ticket,
  change: Extract<ReplyChange, { kind: 'completed' }>,
): ActDecision {
  const d = ctx.decision;
  return {
    ...d,
    subject: ticket.subject,
    status: 'open',
    // The clock starts now, with the reply: whether the request came out of hours no longer matters.
    ticket: { ...ticketFieldsOf(ticket), missingFields: [], outOfHours: false },
    plan: {
      deadlines: change.deadlines,
      reminders: change.reminders,
      ...(change.targets === undefined ? {} : { targets: change.targets }),
    },
    acknowledgement: {
      to: [ticket.customer],
      language: ticket.language,
      subject: ticket.subject,
      inReplyTo: ctx.mail.messageId,
      references: [...ticket.customerMessageIds, ...(ctx.mail.messageId ? [ctx.mail.messageId] : [])],
    },
  };
}

/**
 * The completed ticket with its schedules as they will be, named in the save of the change itself
 * (one write, not two more): the started clock's reminders added, the awaiting-info nudge retired
 * (deleted after the save, and again by a retry or the next step: see Ticket.retiredSchedules).
 */
function withCompletionSchedules(
  ctx: IngestContext,
  ticket: Ticket,
  change: ReplyChange,
  deleted: readonly string[],
): Ticket {
  if (change.kind !== 'completed') return ticket;
  const zone = calendarOf(ctx.ports.desk, ticket.calendarId).timeZone;
  const round = reminderRound(ticket);
  const reminders = schedulesFor(ticket.number, change.reminders, zone, ctx.attempt.now, round);
  const retired = retiring(ticket, schedulesOfKinds(ticket, ['awaiting-info']), deleted);
  return { ...retired, schedules: [...new Set([...retired.schedules, ...reminders.map((s) => s.name)])] };
}

/** Whether the third party's reply is kept, as decided by the first attempt that got this far. */
async function decidedFate(
  ctx: IngestContext,
  ticket: Ticket,
  sender: string | null,
): Promise<ThirdPartyFate> {
  return (
    recorded(ctx.key, ctx.done, FATE) ??
    recordStep(ctx.ports.work, ctx.key, FATE, thirdPartyFate(ticket, sender))
  );
}

/**
 * Applies the reply's change to the ticket once, then records that in the work log: a retry
 * skips it by the log, and finds it in the ticket's latest change ids only in between.
 */
async function updateOnce(ctx: IngestContext, read: Ticket, change: (t: Ticket) => Ticket): Promise<Ticket> {
  if (isDone(ctx.done, UPDATED)) return existingTicket(ctx.ports.tickets, read.number);
  const updated = await updateTicket(ctx.ports.tickets, read.number, ctx.key, change, read);
  await recordStep(ctx.ports.work, ctx.key, UPDATED, updated.version);
  return updated;
}

/**
 * A reply from someone other than the customer (or from a sender that failed authentication):
 * within the caps it is kept in the ticket's history as a note, past them only counted. Either way
 * the ticket's tally counts it and nothing else on the ticket changes: its words never go into the
 * ticket's item.
 */
async function keepThirdParty(ctx: IngestContext, ticket: Ticket): Promise<IngestResult> {
  const sender = ctx.mail.from?.address ?? null;
  const fate = await decidedFate(ctx, ticket, sender);
  if (fate === 'kept') await logReceived(ctx, ticket.number, 'note');
  const counted = await updateOnce(ctx, ticket, (t) => countThirdParty(t, sender, fate));
  const change = fate === 'kept' ? 'note' : 'counted';
  return { outcome: 'reply', ticket: ticket.number, ...factsOf(counted), change, effects: NO_EFFECTS };
}

/**
 * What follows a reply that completed the request: the acknowledgement with the new deadlines, the
 * reminders of the started clock, the awaiting-info nudge dropped, the operators told. Each step is skipped or repeated
 * harmlessly by a retry.
 */
async function followCompletion(
  ctx: IngestContext,
  completed: Ticket,
  change: Extract<ReplyChange, { kind: 'completed' }>,
): Promise<IngestResult> {
  const { ports } = ctx;
  const number = completed.number;
  const ack = await acknowledge(ctx, number, completedDecision(ctx, completed, change), 'ack');
  const zone = calendarOf(ports.desk, completed.calendarId).timeZone;
  const round = reminderRound(completed);
  const schedulesCreated = await scheduleStep(ports, scopeOf(ctx), number, change.reminders, zone, round);
  await deleteRetired(ports, completed);
  const operatorsTold = await tellOperators(ctx, completed, 'completed');
  return {
    outcome: 'reply',
    ticket: number,
    ...factsOf(completed),
    change: 'completed',
    effects: { acknowledged: ack.sent, throttled: ack.throttled, schedulesCreated, operatorsTold },
  };
}

/**
 * A message on an existing ticket. From a third party, or from an unverified sender, it becomes a
 * note in the history (or, past the caps, a count) and nothing else: no notice, so a stranger
 * cannot make the desk mail the operators at will (the note is in `tickets show`). From the
 * customer it is appended and may complete the request (new acknowledgement with deadlines,
 * reminders scheduled, the awaiting-info nudge dropped), reopen a resolved ticket (reminders of
 * the new round scheduled) or answer an operator's question (the pause ends, the deadlines move by
 * it, their reminders are scheduled anew); whichever, the operators get a notice.
 */
export async function applyReply(ctx: IngestContext, number: string): Promise<IngestResult> {
  const ticket = await existingTicket(ctx.ports.tickets, number);
  // A sender that failed authentication may be anyone: its words are kept, its reply changes nothing.
  const sender = ctx.mail.from?.address ?? null;
  if (!ctx.decision.verified || !isFromCustomer(ticket, sender, ctx.ports.desk.sameDomainReplies)) {
    return keepThirdParty(ctx, ticket);
  }
  await logReceived(ctx, number, 'reply');
  const change = await decidedChange(ctx, ticket);
  // What the reply carries for a team (a screenshot the second level needs): read from the message
  // alone, so a retry reads the same; one read from its headers only counts as carrying it, as at intake.
  const wanted = teamOnlyFields(ctx.ports.desk);
  const forTeams = ctx.raw.truncated ? wanted : suppliedFields(ctx.mail, ctx.ports.desk, wanted);
  // A completion retires schedules: those the latest step retired are deleted first.
  const deleted = change.kind === 'completed' ? await deleteRetired(ctx.ports, ticket) : [];
  const updated = await updateOnce(ctx, ticket, (t) =>
    withCompletionSchedules(
      ctx,
      withSuppliedFields(applyReplyChange(t, change, ctx.mail.messageId), forTeams),
      change,
      deleted,
    ),
  );
  if (change.kind === 'reopened') return followReopening(ctx, updated);
  if (change.kind === 'completed') return followCompletion(ctx, updated, change);
  if (change.kind === 'resumed') return followResume(ctx, updated, change);
  const operatorsTold = await tellOperators(ctx, updated, change.kind);
  return {
    outcome: 'reply',
    ticket: number,
    ...factsOf(updated),
    change: change.kind,
    effects: { ...NO_EFFECTS, operatorsTold },
  };
}
