import { DateTime } from 'luxon';
import type { Instant } from '../../lib/domain/vocabulary';
import type {
  HistoryEntry,
  LoggedAttachment,
  OperatorStepRecord,
  TicketDetail,
  TicketMessage,
} from '../../lib/tickets';
import { safeBlock, safeJson, safeLine } from './terminal-safe';
import { flagsOf, localTime, safeView } from './ticket-list';

/** An instant as a readable local time in `zone`, with its offset: `2026-11-23 11:00 +01:00`. */
function at(instant: Instant, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toFormat('yyyy-MM-dd HH:mm ZZ');
}

function attachmentLine(a: LoggedAttachment): string {
  return `  attachment: ${safeLine(a.name ?? '(unnamed)')} (${safeLine(a.type)}, ${a.size} bytes${a.inline ? ', inline' : ''})`;
}

function messageLines(m: TicketMessage, zone: string): string[] {
  const head =
    m.direction === 'in'
      ? `${at(m.at, zone)}  received ${m.kind} from ${safeLine(m.from)}`
      : `${at(m.at, zone)}  sent ${m.kind} to ${m.to.map(safeLine).join(', ')}`;
  const lines = [head, `  subject: ${safeLine(m.subject)}`];
  if (m.outcome !== undefined) lines.push(`  did: ${safeLine(m.outcome)}`);
  if (m.truncated)
    lines.push(`  over the size limit: only its headers were read (raw message ${safeLine(m.rawId ?? '-')})`);
  for (const a of m.attachments ?? []) lines.push(attachmentLine(a));
  if (m.attachmentCount !== undefined) lines.push(`  (${m.attachmentCount} attachments in all)`);
  if (m.ownWords) {
    lines.push(
      ...safeBlock(m.ownWords)
        .split('\n')
        .map((line) => `  | ${line}`),
    );
    if (m.ownWordsCut) lines.push('  | [cut: the rest is in the raw message]');
  }
  return lines;
}

/** The message with every piece of customer text made safe to print. */
function safeMessage(m: TicketMessage): TicketMessage {
  return {
    ...m,
    from: safeLine(m.from),
    to: m.to.map(safeLine),
    subject: safeLine(m.subject),
    messageIds: m.messageIds.map(safeLine),
    ...(m.outcome === undefined ? {} : { outcome: safeLine(m.outcome) }),
    ...(m.ownWords === undefined ? {} : { ownWords: safeBlock(m.ownWords) }),
    ...(m.attachments === undefined
      ? {}
      : {
          attachments: m.attachments.map((a) => ({
            ...a,
            name: a.name === null ? null : safeLine(a.name),
            type: safeLine(a.type),
          })),
        }),
  };
}

function stepLines(s: OperatorStepRecord, zone: string): string[] {
  const sets = [
    s.expectedResolutionAt === null ? null : `expected resolution ${at(s.expectedResolutionAt, zone)}`,
    s.resolutionDeadline === null ? null : `new resolution deadline ${at(s.resolutionDeadline, zone)}`,
    s.detail === undefined ? null : safeLine(s.detail),
  ].filter((x) => x !== null);
  const tail = sets.length > 0 ? `; ${sets.join('; ')}` : '';
  return [`${at(s.at, zone)}  ${s.action} by ${safeLine(s.actor)} (${s.from} -> ${s.to})${tail}`];
}

/** One line per clarification pause: `pause: from 2026-11-23 11:00 +01:00 to open`. */
function pauseLines(detail: TicketDetail, zone: string): string[] {
  return detail.ticket.pauses.map(
    (p) => `pause: from ${at(p.start, zone)} to ${p.end === null ? 'open' : at(p.end, zone)}`,
  );
}

/** One line per escalation, oldest first: `escalated: 2026-11-23 11:00 +01:00 to developers by anna@...`. */
function escalationLines(detail: TicketDetail, zone: string): string[] {
  return (detail.ticket.escalations ?? []).map(
    (e) => `escalated: ${at(e.at, zone)} to ${safeLine(e.team)} by ${safeLine(e.actor)}`,
  );
}

function entryLines(entry: HistoryEntry, zone: string): string[] {
  return entry.type === 'message' ? messageLines(entry.message, zone) : stepLines(entry.step, zone);
}

function thirdPartyLine(kept: number, counted: number): string {
  const past = counted > 0 ? `, ${counted} past the caps counted only (raw messages in the raw store)` : '';
  return `replies from others: ${kept + counted} (${kept} in the history as notes${past})`;
}

/** `tickets show N`: the ticket's facts, then its history oldest first, times in the desk's zone. */
export function ticketDetailLines(detail: TicketDetail): string[] {
  const v = detail.view;
  const z = v.zone;
  const customer = v.customerName
    ? `${safeLine(v.customerName)} <${safeLine(v.customer)}>`
    : safeLine(v.customer);
  const lines = [
    `ticket ${v.number}  ${v.status}  ${v.priority}  ${flagsOf(v)}`,
    `subject: ${safeLine(v.subject)}`,
    `customer: ${customer}  tier ${safeLine(v.tier)}  language ${v.language}`,
    `received: ${localTime(v.createdAt, z)}  take charge by: ${localTime(v.deadlines.takeCharge, z)}  resolve by: ${localTime(v.deadlines.resolution, z)}`,
  ];
  if (v.team) lines.push(`team: ${safeLine(v.team)}`);
  if (v.assignee) lines.push(`assigned to: ${safeLine(v.assignee)}`);
  if (v.billable)
    lines.push(`billable: since ${localTime(v.billable.at, z)}, marked by ${safeLine(v.billable.actor)}`);
  if (v.category) lines.push(`category: ${safeLine(v.category)} (${safeLine(v.categoryName ?? v.category)})`);
  lines.push(...escalationLines(detail, z));
  if (v.expectedResolutionAt) lines.push(`expected resolution: ${localTime(v.expectedResolutionAt, z)}`);
  if (v.connectedSystems) lines.push(`connected systems: ${safeLine(v.connectedSystems)}`);
  if (v.missingFields.length > 0) lines.push(`missing: ${v.missingFields.join(', ')}`);
  for (const w of v.waived) lines.push(`waived: ${w.field} by ${safeLine(w.actor)} at ${localTime(w.at, z)}`);
  const others = v.thirdPartyReplies;
  if (others.kept + others.counted > 0) lines.push(thirdPartyLine(others.kept, others.counted));
  lines.push(...pauseLines(detail, z));
  for (const note of detail.ticket.notes)
    lines.push(`note ${at(note.at, z)} ${safeLine(note.author)}: ${safeLine(note.text)}`);
  lines.push(`history (times in ${z}):`);
  for (const entry of detail.history) lines.push(...entryLines(entry, z));
  return lines;
}

/**
 * `tickets show N --json`: one object, the listing's fields plus `noteList`, `pauses` (`{from, to}`,
 * `to` "open" while the ticket waits), `escalations` (`{team, at, actor}`) and `history` with ISO times, and whatever `extra` the
 * command adds (the deadlines' explanations), all escaped alike.
 */
export function ticketDetailJson(
  detail: TicketDetail,
  extra: Readonly<Record<string, unknown>> = {},
): string {
  const iso = (instant: Instant | null) =>
    instant === null
      ? null
      : DateTime.fromMillis(instant, { zone: detail.view.zone }).toISO({ suppressMilliseconds: true });
  const history = detail.history.map((entry) =>
    entry.type === 'message'
      ? { type: 'message', ...safeMessage(entry.message), at: iso(entry.at) }
      : {
          type: 'step',
          ...entry.step,
          actor: safeLine(entry.step.actor),
          ...(entry.step.detail === undefined ? {} : { detail: safeLine(entry.step.detail) }),
          at: iso(entry.at),
          expectedResolutionAt: iso(entry.step.expectedResolutionAt),
          resolutionDeadline: iso(entry.step.resolutionDeadline),
        },
  );
  const notes = detail.ticket.notes.map((n) => ({
    at: iso(n.at),
    author: safeLine(n.author),
    text: safeBlock(n.text),
  }));
  const pauses = detail.ticket.pauses.map((p) => ({
    from: iso(p.start),
    to: p.end === null ? 'open' : iso(p.end),
  }));
  const escalations = (detail.ticket.escalations ?? []).map((e) => ({
    team: safeLine(e.team),
    at: iso(e.at),
    actor: safeLine(e.actor),
  }));
  return safeJson({ ...safeView(detail.view), noteList: notes, pauses, escalations, history, ...extra });
}
