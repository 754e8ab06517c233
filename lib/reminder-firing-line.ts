/**
 * One fired (or failed) reminder as the local desk reports it and `reminders run-due` prints it,
 * from what the Scheduler peer says of the firing (its JSON over `POST /_local/fire-due`).
 * Kept in lib/ because the CLI, which never imports the local desk, prints the same lines.
 */

/** What a firing says, as the Scheduler peer reports it. */
export interface ReportedFiring {
  readonly name: string;
  /** When the schedule was due, epoch milliseconds. */
  readonly at: number;
  /** The target's input: the reminder payload `{ticket, kind}` as JSON. */
  readonly input: string;
  readonly ok: boolean;
  readonly result?: unknown;
  readonly error?: string;
  readonly deadLettered?: boolean;
}

type Fields = Readonly<Record<string, unknown>>;

/** `reminder 2026-000042 take-charge-due due <ISO> sent to a@b`, or why it failed. */
export function describeFiring(firing: ReportedFiring): string {
  const payload = asFields(parseJson(firing.input));
  const ticket = text(payload.ticket) ?? firing.name;
  const kind = text(payload.kind) ?? '-';
  const at = new Date(firing.at).toISOString();
  if (!firing.ok) {
    const fate = firing.deadLettered ? 'dead-lettered after its retries' : 'kept for the next run';
    return `reminder ${ticket} ${kind} due ${at} failed, ${fate}: ${firing.error ?? 'unknown error'}`;
  }
  const fields = asFields(firing.result);
  const outcome = text(fields.outcome) ?? 'fired';
  const to = Array.isArray(fields.to) ? fields.to.filter((address) => typeof address === 'string') : [];
  return `reminder ${ticket} ${kind} due ${at} ${outcome}${to.length > 0 ? ` to ${to.join(', ')}` : ''}`;
}

function parseJson(input: string): unknown {
  try {
    return JSON.parse(input);
  } catch {
    return null;
  }
}

function asFields(value: unknown): Fields {
  return typeof value === 'object' && value !== null ? (value as Fields) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
