import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type Calendar, formatInZone } from '../../lib/calendar';
import { composeAcknowledgement } from '../../lib/compose';
import { type Desk, DeskConfigError, defaultDesk, parseDeskJson } from '../../lib/desk';
import type { Instant } from '../../lib/domain/vocabulary';
import { calendarOf, type Decision, decide } from '../../lib/intake';
import { hasHeaderSection, parseMail } from '../../lib/mail';
import { UsageError } from '../usage-error';

/** The ticket number a dry run writes, since it allocates none. */
export const DRY_RUN_TICKET = '0000-000000';

const usage = 'usage: support-desk ingest --dry-run [--at ISO] [--config desk.json] message.eml';

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, at: { type: 'string' }, config: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}; ${usage}`);
  }
}

function instantOf(text: string | undefined): Instant {
  if (text === undefined) return Date.now();
  const ms = Date.parse(text);
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text) || Number.isNaN(ms)) {
    throw new UsageError(`--at: '${text}' is not an ISO 8601 instant with an offset or Z`);
  }
  return ms;
}

async function readBytes(path: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: cannot read ${what} (${code ?? 'error'})`);
  }
}

async function loadDesk(path: string | undefined): Promise<Desk> {
  if (path === undefined) return defaultDesk();
  const text = Buffer.from(await readBytes(path, 'desk file')).toString('utf8');
  try {
    return parseDeskJson(text, path);
  } catch (error) {
    if (error instanceof DeskConfigError) throw new UsageError(error.message);
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function loadMessage(path: string): Promise<Uint8Array> {
  const raw = await readBytes(path, 'message');
  if (raw.byteLength === 0) throw new UsageError(`${path}: empty file, not a message`);
  if (!hasHeaderSection(raw)) throw new UsageError(`${path}: no header section, not an RFC 5322 message`);
  return raw;
}

/** The CONTRACT section 4 JSON of a decision, instants written in the customer's calendar zone. */
export function dryRunJson(desk: Desk, decision: Decision): Record<string, unknown> {
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
    messageId: decision.messageId,
    verified: decision.verified,
  };
}

/** `support-desk ingest --dry-run`: prints what the pipeline would do with one message (CONTRACT section 4). */
export async function run(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args);
  if (!values['dry-run']) throw new UsageError(`only --dry-run is available from the command line; ${usage}`);
  if (positionals.length !== 1) throw new UsageError(`expected one message file; ${usage}`);
  const receivedAt = instantOf(values.at);
  const desk = await loadDesk(values.config);
  const message = await parseMail(await loadMessage(positionals[0] ?? ''));
  process.stdout.write(`${JSON.stringify(dryRunJson(desk, decide(message, desk, receivedAt)), null, 2)}\n`);
  return 0;
}
