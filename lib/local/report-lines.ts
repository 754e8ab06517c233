import type { FiringResult } from './reminder-firing';

/** A record of plain values, as the handlers' results are read here. */
type Fields = Readonly<Record<string, unknown>>;

/**
 * One line for a processed message: ticket number, outcome, language and priority, or the
 * reason it was ignored. Reads the fields the ingest handler reports; missing ones show `-`.
 */
export function describeIngest(messageId: string, result: unknown): string {
  const fields = asFields(result);
  const ticket = text(fields.ticket) ?? '-';
  const outcome = text(fields.outcome) ?? 'processed';
  const detail =
    outcome === 'ignore'
      ? [text(fields.reason) ?? '-']
      : [text(fields.language) ?? '-', text(fields.priority) ?? '-'];
  return ['mail', ticket, outcome, ...detail, messageId].join(' ');
}

/** One line for a fired (or failed) reminder. */
export function describeFiring(result: FiringResult): string {
  const { ticket, kind } = result.schedule.payload;
  const at = new Date(result.schedule.at).toISOString();
  if (!result.fired)
    return `reminder ${ticket} ${kind} due ${at} failed, kept for the next run: ${result.reason}`;
  const fields = asFields(result.result);
  const sent = text(fields.sent) ?? text(fields.outcome) ?? 'fired';
  return `reminder ${ticket} ${kind} due ${at} ${sent}`;
}

function asFields(value: unknown): Fields {
  return typeof value === 'object' && value !== null ? (value as Fields) : {};
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(',') || undefined;
  return undefined;
}
